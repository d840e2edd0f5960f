/** Invented names for synthetic pupils and staff: common in England, attached to no real person. */
// prettier-ignore
export const FORENAMES = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Ivy', 'Freya', 'Lily', 'Florence', 'Mia', 'Willow', 'Rosie', 'Sophia',
  'Isabella', 'Grace', 'Daisy', 'Sienna', 'Poppy', 'Elsie', 'Emily', 'Ella', 'Evelyn', 'Phoebe', 'Sofia',
  'Evie', 'Charlotte', 'Harper', 'Millie', 'Matilda', 'Maya', 'Aisha', 'Zara', 'Maja', 'Amira', 'Chloé',
  'Noah', 'Muhammad', 'Oliver', 'George', 'Leo', 'Arthur', 'Oscar', 'Theodore', 'Freddie', 'Archie',
  'Henry', 'Alfie', 'Jack', 'Charlie', 'Finley', 'Luca', 'Thomas', 'Isaac', 'Tommy', 'Reuben', 'Ethan',
  'Dylan', 'Kacper', 'Ibrahim', 'Yusuf', 'Rohan', 'Kofi', 'Mateo', 'Jayden', 'Theo', 'Samuel', 'Harrison',
] as const;

// prettier-ignore
export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson',
  'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke',
  'Jackson', 'Wood', 'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore',
  'Clark', 'King', 'Harrison', 'Lewis', 'Baker', 'Lee', 'Allen', 'Morris', 'Khan', 'Ali', 'Begum', 'Ahmed',
  'Nowak', 'Okafor', 'Mensah', "O'Brien", 'Kowalski', 'Singh', 'Chen', 'Nguyen', 'Clarke-Hughes',
] as const;
