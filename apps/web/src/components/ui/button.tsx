import type { ComponentPropsWithRef } from 'react';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: 'primary' | 'secondary' | 'warning';
}

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  const classes = ['button', variant === 'primary' ? null : `button--${variant}`, className].filter(Boolean);
  return <button type={type} className={classes.join(' ')} {...props} />;
}
