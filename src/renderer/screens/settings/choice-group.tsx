// One setting chosen among a few, as a row of large touch buttons: native radios under the
// buttons, so the group has a name, arrow keys move the choice, and a screen reader says which
// one is on, without any of it rebuilt by hand.
export interface Choice<V extends string | number> {
  value: V;
  label: string;
  /** The label's own language when it is not the screen's ("Deutsch" on a French screen). */
  lang?: string;
}

export interface ChoiceGroupProps<V extends string | number> {
  name: string;
  legend: string;
  hint?: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}

export function ChoiceGroup<V extends string | number>({
  name,
  legend,
  hint,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<V>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className="choice-group" aria-describedby={hintId}>
      <legend className="choice-legend">{legend}</legend>
      <div className="choice-row">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span className="choice-label" lang={choice.lang}>
              {choice.label}
            </span>
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="choice-hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
