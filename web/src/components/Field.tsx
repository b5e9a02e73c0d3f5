/** A labelled form field with its hint and its error beside it, wired for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: {
    id: string;
    "aria-invalid": boolean;
    "aria-describedby": string | undefined;
  }) => React.ReactNode;
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children({
        id: props.id,
        "aria-invalid": Boolean(props.error),
        "aria-describedby": described || undefined,
      })}
      {props.hint && (
        <span id={`${props.id}-hint`} className="hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={`${props.id}-error`} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}

/**
 * Under a form: what was refused of the form as a whole (the problem keyed ""), or else,
 * when fields were refused, a pointer to them.
 */
export function FormProblems(props: { problems: ReadonlyMap<string, string> }) {
  const whole = props.problems.get("");
  if (!whole && props.problems.size === 0) return null;
  return (
    <p className="error" role="alert">
      {whole || "Please check the fields marked above."}
    </p>
  );
}
