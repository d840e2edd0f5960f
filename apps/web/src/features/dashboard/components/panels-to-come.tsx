import { EmptyState } from '../../../components/ui/empty-state';

const PANELS = [
  {
    id: 'register',
    title: 'The register',
    text: 'Pupils by SEN status, area of need and year group, against national figures, will show here once the SENCO records SEN status and needs.',
  },
  {
    id: 'provision',
    title: 'Provision and costs',
    text: 'Intervention costs per pupil and per year will show here once the SENCO sets up intervention groups.',
  },
  {
    id: 'reviews',
    title: 'Reviews and passports',
    text: 'Overdue reviews and who has read the current pupil passports will show here once plans and passports are written.',
  },
];

/** The head's dashboard panels that later releases fill; each says what will make it appear. */
export function PanelsToCome() {
  return (
    <>
      {PANELS.map((panel) => (
        <section className="panel" key={panel.id} aria-labelledby={`panel-${panel.id}`}>
          <h2 className="heading-m" id={`panel-${panel.id}`}>
            {panel.title}
          </h2>
          <EmptyState title="Nothing to show yet">
            <p>{panel.text}</p>
          </EmptyState>
        </section>
      ))}
    </>
  );
}
