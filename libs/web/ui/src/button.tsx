import type { ReactNode } from 'react';
import { Button as AriaButton, Link as AriaLink, type ButtonProps as AriaButtonProps, type LinkProps as AriaLinkProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  className?: string;
  children?: ReactNode;
}

export function Button({ variant = 'secondary', className, children, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} className={['cg-button', `cg-button--${variant}`, className].filter(Boolean).join(' ')}>
      {children}
    </AriaButton>
  );
}

export interface LinkButtonProps extends Omit<AriaLinkProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  className?: string;
  children?: ReactNode;
}

/** A link that looks like a button (navigation, not an action). */
export function LinkButton({ variant = 'secondary', className, children, ...props }: LinkButtonProps) {
  return (
    <AriaLink {...props} className={['cg-button', `cg-button--${variant}`, className].filter(Boolean).join(' ')}>
      {children}
    </AriaLink>
  );
}
