import type { ReactNode } from 'react';

/** One labelled value in a detail section; renders nothing for absent values so sections stay compact. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail__section">
      <h3 className="detail__section-title">{title}</h3>
      <dl className="detail__fields">{children}</dl>
    </section>
  );
}
