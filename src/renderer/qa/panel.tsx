// One titled box of the console; every panel is one.
import type { ReactNode } from 'react';

export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const heading = `qa-${id}-title`;
  return (
    <section className={`qa-panel qa-panel-${id}`} aria-labelledby={heading}>
      <h2 id={heading}>{title}</h2>
      {children}
    </section>
  );
}
