import { bodyParts, inAppPath } from './notification-body';

describe('bodyParts', () => {
  it('splits the addresses out of the words', () => {
    expect(bodyParts('Add your comments: http://localhost:3000/schools/s/pupils/p/plan\n\nNext')).toEqual([
      { kind: 'text', text: 'Add your comments: ' },
      { kind: 'link', href: 'http://localhost:3000/schools/s/pupils/p/plan' },
      { kind: 'text', text: '\n\nNext' },
    ]);
  });

  it('leaves a full stop after an address with the words', () => {
    expect(bodyParts('Open https://x.example/schools/a.')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', href: 'https://x.example/schools/a' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('answers text without addresses as one part', () => {
    expect(bodyParts('Nothing to follow')).toEqual([{ kind: 'text', text: 'Nothing to follow' }]);
    expect(bodyParts('')).toEqual([]);
  });
});

describe('inAppPath', () => {
  it('answers the path of an address in the app', () => {
    expect(inAppPath('http://localhost:3000/schools/s/pupils/p/plan')).toBe('/schools/s/pupils/p/plan');
  });

  it('answers null for other addresses', () => {
    expect(inAppPath('https://www.gov.uk/children-with-special-educational-needs')).toBeNull();
    expect(inAppPath('not an address')).toBeNull();
  });
});
