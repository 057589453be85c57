import type { ElementType, ReactNode } from 'react';

export function PageHeader({ title, description, actions, eyebrow }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; eyebrow?: ReactNode }) {
  return (
    <div className="cg-page-header">
      <div className="cg-page-header__text">
        {eyebrow ? <p className="cg-eyebrow">{eyebrow}</p> : null}
        <h1>{title}</h1>
        {description ? <div className="cg-lead">{description}</div> : null}
      </div>
      {actions ? <div className="cg-page-header__actions">{actions}</div> : null}
    </div>
  );
}

export function Card({ children, as: Tag = 'div', className, ...rest }: { children: ReactNode; as?: ElementType; className?: string; 'aria-labelledby'?: string }) {
  return (
    <Tag className={['cg-card', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </Tag>
  );
}

/** A titled region of a page (a <section> with a heading; level 2 by default). */
export function Section({ id, title, level = 2, actions, children, className }: { id: string; title: ReactNode; level?: 2 | 3; actions?: ReactNode; children: ReactNode; className?: string }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-title`} className={['cg-section', className].filter(Boolean).join(' ')} id={id}>
      <div className="cg-section__header">
        <Heading id={`${id}-title`}>{title}</Heading>
        {actions ? <div className="cg-section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className="cg-form-actions">{children}</div>;
}

export function DefinitionList({ items }: { items: ReadonlyArray<{ term: ReactNode; value: ReactNode }> }) {
  return (
    <dl className="cg-dl">
      {items.map((item, index) => (
        <div key={index} className="cg-dl__row">
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A wide table's scroll container: on narrow screens the table scrolls
 * sideways, so the container takes keyboard focus and is named (WCAG 2.1.1).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cg-table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
