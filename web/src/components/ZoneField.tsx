import { useAccount } from "../session.js";
import { Field } from "./Field.js";

const ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

/** The time zone setting, with the zones this browser knows offered; empty: `inForce`. */
export function ZoneField(props: {
  value: string;
  onChange: (zone: string) => void;
  /** The zone used while the setting is empty. */
  inForce: string | undefined;
  error: string | undefined;
}) {
  // On a team server an empty zone is the server's, not this computer's.
  const fallback = useAccount() ? "the server's" : "this computer's";
  return (
    <>
      <Field
        id="settings-timezone"
        label="Time zone"
        hint={`Empty: ${fallback}.`}
        error={props.error}
      >
        {(aria) => (
          <input
            {...aria}
            list="zones"
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            placeholder={props.inForce}
          />
        )}
      </Field>
      <datalist id="zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
