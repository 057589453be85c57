import type { ReactNode } from 'react';
import { useUiStrings } from './strings';

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

/** A message box. Errors are announced at once (role="alert"); other tones politely (role="status"). */
export function Alert({ tone = 'error', title, children, className }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={['cg-alert', `cg-alert--${tone}`, className].filter(Boolean).join(' ')}>
      {title ? <p className="cg-alert__title">{title}</p> : null}
      {children ? <div className="cg-alert__body">{children}</div> : null}
    </div>
  );
}

/** A loading indicator announced to assistive technologies. */
export function Loading({ label, inline }: { label?: string; inline?: boolean }) {
  const strings = useUiStrings();
  return (
    <div role="status" aria-live="polite" className={inline ? 'cg-loading cg-loading--inline' : 'cg-loading'}>
      <span className="cg-spinner" aria-hidden="true" />
      <span>{label ?? strings.loading}</span>
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: ReactNode; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="cg-empty">
      <p className="cg-empty__title">{title}</p>
      {children ? <div className="cg-empty__body">{children}</div> : null}
      {action ? <div className="cg-empty__action">{action}</div> : null}
    </div>
  );
}

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`cg-badge cg-badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
