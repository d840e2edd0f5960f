import { TextField } from '../../../components/ui/text-field';

export interface MoneyFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
}

/** An amount in pounds, with a "£" before the input (GOV.UK's prefix), typed as "1.20". */
export function MoneyField(props: MoneyFieldProps) {
  return (
    <TextField
      {...props}
      prefix="£"
      className="input--width-10"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
    />
  );
}
