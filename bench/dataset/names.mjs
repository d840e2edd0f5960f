/** Invented names for synthetic pupils, staff and schools: common English first names and surnames. */

// prettier-ignore
export const GIRLS = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Rosie', 'Sophia', 'Grace', 'Willow',
  'Freya', 'Florence', 'Emily', 'Ella', 'Poppy', 'Evie', 'Elsie', 'Charlotte', 'Evelyn', 'Sienna', 'Sofia',
  'Daisy', 'Phoebe', 'Harper', 'Ruby', 'Alice', 'Matilda', 'Maya', 'Millie', 'Ada', 'Layla', 'Aisha', 'Zara',
  'Hannah', 'Chloe', 'Amira', 'Maryam', 'Niamh', 'Erin', 'Holly', 'Jessica', 'Lucy', 'Megan', 'Priya', 'Nia',
  'Zoe', 'Leah', 'Imogen',
];

// prettier-ignore
export const BOYS = [
  'Muhammad', 'Noah', 'Oliver', 'George', 'Leo', 'Arthur', 'Oscar', 'Theodore', 'Freddie', 'Harry', 'Jack',
  'Charlie', 'Finley', 'Henry', 'Alfie', 'Thomas', 'Jacob', 'Archie', 'Teddy', 'Lucas', 'Tommy', 'Isaac',
  'Albie', 'Ethan', 'Joshua', 'Mason', 'James', 'William', 'Reuben', 'Hugo', 'Ibrahim', 'Yusuf', 'Adam',
  'Kai', 'Dylan', 'Rory', 'Samuel', 'Daniel', 'Max', 'Ezra', 'Callum', 'Owen', 'Ryan', 'Kian', 'Aaron',
  'Ravi', 'Tobias', 'Elliot', 'Louis', 'Felix',
];

// prettier-ignore
export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson',
  'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke',
  'Jackson', 'Wood', 'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore',
  'Clark', 'King', 'Harrison', 'Lewis', 'Baker', 'Lee', 'Allen', 'Morris', 'Khan', 'Scott', 'Watson',
  'Davis', 'Parker', 'James', 'Bennett', 'Young', 'Phillips', 'Richardson', 'Mitchell', 'Bailey', 'Carter',
  'Cook', 'Singh', 'Shaw', 'Bell', 'Collins', 'Morgan', 'Kelly', 'Begum', 'Miller', 'Cox', 'Hussain',
  'Marshall', 'Simpson', 'Price', 'Anderson', 'Adams', 'Wilkinson', 'Ali', 'Ahmed', 'Foster', 'Ellis',
  'Murphy', 'Chapman', 'Mason', 'Gray', 'Richards', 'Webb', 'Griffiths', 'Hunt', 'Palmer', 'Campbell',
  'Holmes', 'Mills', 'Rogers', 'Barnes', 'Knight', 'Matthews', 'Barker', 'Powell', 'Stevens', 'Kaur',
  'Fisher', 'Butler', 'Dixon', 'Russell', 'Harvey', 'Pearson', 'Graham', 'Okafor', 'Nowak', 'Kowalski',
  'Mensah', 'Osei', 'Rahman', 'Chowdhury', 'Nguyen', 'Fernandes', 'Costa', 'Murray', 'Stewart', 'Lloyd',
  'Reid', 'Fox', 'Hart', 'Burton', 'Sutton', 'Dean', 'Lawrence', 'Gibson', 'Owen', 'Pugh', 'Quinn',
];

/** Invented places, one per school of the trust. */
// prettier-ignore
export const PLACES = [
  'Ashbourne', 'Beckford', 'Calderbrook', 'Dunmere', 'Elmstead', 'Fairholme', 'Greyfield', 'Hartwell',
  'Ivybridge Vale', 'Juniper Hill', 'Kingsmoor', 'Larkrise', 'Millbeck', 'Northcote', 'Oakhurst', 'Penwood',
  'Queensmead', 'Redbrook', 'Stonebridge', 'Thornbury', 'Upton Heath', 'Valley Road', 'Westmere', 'Yarrow',
  'Alderley', 'Birchwood', 'Copperfield', 'Deansgate', 'Eastfield', 'Foxcote', 'Glenmoor', 'Hollybank',
  'Ingleby', 'Kestrel Park', 'Lindenfield', 'Meadowbank', 'Netherby', 'Orchard Way', 'Pinehurst', 'Riverbank',
  'Sandhill', 'Tanners Lane', 'Underwood', 'Willowbrook', 'Ashgrove', 'Brookside', 'Castlefield', 'Danebury',
  'Edgeworth', 'Fernleigh', 'Gorsebrook', 'Highcliffe',
];
