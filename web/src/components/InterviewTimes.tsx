import { endTime, startBeside, YOUR_CLOCK } from "../interview-time.js";
import { Field } from "./Field.js";

/** Where an application's times are read: its zone, and the user's beside it. */
export interface Clocks {
  readonly zone: string;
  readonly yourZone: string;
}

/**
 * An interview's start, typed on the user's clock like every time they type (the
 * employer's shown beside it), and its length, with the end it makes. The plan follows:
 * the thank-yous are due within 24 hours of the end. Without `clocks` (no application
 * chosen yet) the fields say only whose clock the start is on.
 */
export function InterviewTimes(props: {
  label: string;
  clocks: Clocks | undefined;
  start: string;
  minutes: string;
  onChange: (k: "at" | "durationMinutes", v: string) => void;
  idOf: (k: string) => string;
  errorOf: (k: string) => string | undefined;
}) {
  const yourZone = props.clocks?.yourZone;
  const end = yourZone ? endTime(props.start, Number(props.minutes), yourZone) : "";
  const beside = props.clocks
    ? startBeside(props.start, props.clocks.yourZone, props.clocks.zone)
    : "";
  return (
    <div className="row">
      <Field
        id={props.idOf("at")}
        label={props.label}
        hint={beside ? `${YOUR_CLOCK} ${beside}.` : YOUR_CLOCK}
        error={props.errorOf("at")}
      >
        {(aria) => (
          <input
            {...aria}
            type="datetime-local"
            value={props.start}
            onChange={(e) => props.onChange("at", e.target.value)}
          />
        )}
      </Field>
      <Field
        id={props.idOf("durationMinutes")}
        label="How long (minutes)"
        hint={end ? `Ends at ${end}.` : undefined}
        error={props.errorOf("durationMinutes")}
      >
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            value={props.minutes}
            onChange={(e) => props.onChange("durationMinutes", e.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
