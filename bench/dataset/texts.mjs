/**
 * The words of plans, passports and needs, by the kind of need a pupil has (their primary need's
 * profile), so a pupil's records read as one person's. Plain and positive, as schools write them.
 */

export const NEED_DESCRIPTIONS = {
  SLCN: 'Finds it hard to follow spoken instructions and to find the words to explain',
  SEMH: 'Anxious at transitions; needs a calm space and warning of changes',
  SPLD: 'Dyslexic profile: reads slowly and finds spelling hard',
  MLD: 'Learns best in small steps with lots of repetition',
  ASD: 'Autistic: prefers routine, finds noise and busy rooms hard',
  OTH: 'A medical condition that affects attendance and energy',
  PD: 'Uses a wheelchair; needs step-free access and a reachable desk',
  HI: 'Wears hearing aids; sit near the front and face the class when speaking',
  VI: 'Low vision: needs enlarged print and good light',
  SLD: 'Needs a highly personalised curriculum and support for daily living',
  PMLD: 'Profound needs: communicates through gestures and sounds',
  MSI: 'Combined hearing and vision loss; uses touch cues',
  NSA: 'Needs support in class; not yet assessed by a specialist',
};

const PROFILE_OF = {
  SPLD: 'learning',
  MLD: 'learning',
  SLD: 'learning',
  PMLD: 'learning',
  NSA: 'learning',
  OTH: 'learning',
  SLCN: 'language',
  ASD: 'autism',
  SEMH: 'semh',
  HI: 'sensory',
  VI: 'sensory',
  MSI: 'sensory',
  PD: 'sensory',
};

export function profileOf(needCode) {
  return PROFILE_OF[needCode] ?? 'learning';
}

/** [what success looks like, how it is measured] */
// prettier-ignore
export const OUTCOMES = {
  learning: [
    ['Reads a short passage at their level aloud with 95% accuracy', 'Running record in the reading group, twice a half-term'],
    ['Spells the next 30 high-frequency words correctly in independent writing', 'Spelling probe of 20 words and a check of three pieces of writing'],
    ['Uses a number line to add and subtract within 100 without adult help', 'Five questions in the maths group each week; 4 of 5 correct'],
    ['Writes three connected sentences using a writing frame', 'Class teacher checks one piece of writing a week'],
    ['Recalls the key words of each topic with picture prompts', 'Topic word quiz at the end of each unit'],
    ['Starts independent tasks within two minutes using a task checklist', 'Teacher tally in two lessons a week'],
  ],
  language: [
    ['Follows two-part spoken instructions in class without a reminder', 'Teacher observation in three lessons a week'],
    ['Retells a simple story in order using first, next, then, last', 'Story retell recorded in the language group each half-term'],
    ['Uses ten new topic words correctly when talking about their work', 'TA tally during group work'],
    ['Asks for help using a sentence starter when stuck', 'Class teacher tally over two weeks'],
    ['Answers who, what and where questions about a short text', 'Language group assessment, 8 of 10 correct'],
  ],
  autism: [
    ['Moves between lessons using the visual timetable without distress', 'Incident log and key adult check-in'],
    ['Takes turns in a structured game with two peers for ten minutes', 'Observation in the social skills group'],
    ['Uses the agreed calm card and returns to the lesson within ten minutes', 'Calm card log kept by the class team'],
    ['Tells an adult when the room is too loud, using words or the card', 'Key adult records each use'],
    ['Joins a lunchtime club once a week', 'Club register'],
  ],
  semh: [
    ['Names their feeling and chooses a strategy from the toolkit when upset', 'Check-in record with the key adult'],
    ['Settles to learning within five minutes of the start of the day', 'Teacher records start-of-day settling each morning'],
    ['Attends all timetabled lessons in a week, with a pass for time out if needed', 'Attendance and time-out pass log'],
    ['Repairs a falling-out with a peer with adult support', 'Key adult notes of restorative conversations'],
    ['Speaks to a trusted adult about a worry before it builds up', 'Weekly mentor meeting notes'],
  ],
  sensory: [
    ['Moves around the school independently using the agreed route', 'Key adult observation each half-term'],
    ['Uses their equipment (hearing aids, magnifier, laptop) in every lesson', 'Equipment checklist each morning'],
    ['Records work using the laptop at a speed that keeps up with the lesson', 'Typing speed check each half-term'],
    ['Asks for a repeat or an enlarged copy when they need one', 'Teacher tally in two lessons a week'],
  ],
};

// prettier-ignore
export const STRATEGIES = {
  learning: [
    'Give instructions one step at a time and check understanding',
    'Provide a word mat and a writing frame for extended writing',
    'Pre-teach key vocabulary before new topics',
    'Allow extra processing time before expecting an answer',
    'Use concrete apparatus in maths for as long as it helps',
    'Break tasks into short chunks with a checklist',
    'Print handouts on cream paper in a clear font',
    'Pair with a supportive reading partner',
  ],
  language: [
    'Use the pupil’s name before giving an instruction',
    'Keep language simple and back it up with visuals',
    'Model the sentence you want, then let them try',
    'Give thinking time: count to ten before repeating',
    'Check understanding by asking them to say what they will do',
    'Use a visual timetable for the day',
    'Seat near the front, away from noise',
  ],
  autism: [
    'Warn of changes to the routine as early as possible',
    'Allow use of the calm card without question',
    'Keep instructions literal and specific',
    'Give a clear start and end to each task',
    'Offer a quiet place to work when the room is busy',
    'Let them leave lessons a minute early to avoid busy corridors',
    'Agree a key adult to check in with at the start of the day',
  ],
  semh: [
    'Meet and greet at the door each morning',
    'Praise privately and specifically',
    'Use the agreed time-out pass without discussion',
    'Give a job of responsibility in the lesson',
    'Use calm, low-key reminders rather than public sanctions',
    'Check in with the key adult after break and lunch',
    'Seat with supportive peers',
  ],
  sensory: [
    'Face the class when speaking and do not talk while writing on the board',
    'Provide enlarged copies of all printed materials',
    'Make sure the route around the room is clear',
    'Check equipment is working at the start of the day',
    'Allow the laptop for extended writing',
    'Seat near the front with a clear view of the board',
    'Give copies of slides in advance',
  ],
};

// prettier-ignore
export const PUPIL_VIEWS = [
  'I like the small group because it is quiet and I can ask questions.',
  'Reading is getting easier. I still do not like reading out loud in class.',
  'I want to get better at maths so I can help my brother.',
  'The calm card helps. Sometimes I forget to use it.',
  'I like it when the teacher tells me what is happening next.',
  'I find writing hard but I like telling stories.',
  'I feel better when I can talk to Miss at the start of the day.',
];

// prettier-ignore
export const PARENT_VIEWS = [
  'We have noticed more confidence with reading at home.',
  'Mornings are still hard; the meet and greet has really helped.',
  'We would like more ideas for practising spelling at home.',
  'Homework causes arguments; a homework club would help.',
  'Happier coming to school this term. Sleep is still an issue.',
  'We are pleased with progress and want the group to continue.',
];

// prettier-ignore
export const PROVISION_NOTES = [
  'Reading buddy with a Year 6 pupil twice a week.',
  'Movement break planned before literacy.',
  'Key adult check-in at the start of each day.',
  'Laptop for extended writing in all lessons.',
  '',
  '',
];

// prettier-ignore
export const REVIEW_DECISIONS = [
  'Continue the current provision; carry forward the outcomes not yet met.',
  'Reduce the group sessions to twice a week; new outcomes agreed.',
  'Add a speech and language referral; keep the reading group.',
  'Good progress: move to a lighter-touch plan next cycle.',
  'Ask the educational psychologist to observe before the next review.',
];

// prettier-ignore
export const RATING_NOTES = {
  'not-met': 'Not yet: needs more time and a smaller step.',
  'partly-met': 'Progress seen, not yet consistent.',
  met: 'Achieved in most lessons.',
  exceeded: 'Achieved early and kept up.',
};

/** Passport sections: text by profile (two of each) and the "how to help me" list from the strategies. */
// prettier-ignore
export const PASSPORT = {
  aboutMe: [
    'I live with my mum, my gran and my little sister. I love drawing and football.',
    'I like Lego, cooking with my dad and my dog Biscuit.',
    'I am into gaming and I know a lot about space. I like making people laugh.',
    'I go to dance club on Saturdays. I have two older brothers.',
    'I like animals, especially horses. I help at my aunt’s stables.',
    'I love music and I am learning the keyboard.',
  ],
  important: [
    'Knowing what is happening in the day. My friends in my class.',
    'My family and my pets. Having a quiet place when I need it.',
    'Being treated fairly. Having time to finish my work.',
    'Football at lunchtime. Seeing my key adult in the morning.',
  ],
  strengths: [
    'I am kind and I notice when someone is sad. I am good at building things.',
    'I have a great memory for facts. I work hard when I am interested.',
    'I am creative and good at art. I am a loyal friend.',
    'I am good at sport and I never give up.',
  ],
  findHard: {
    learning: ['Reading long texts and copying from the board.', 'Remembering spellings and times tables.'],
    language: ['Understanding long instructions.', 'Finding the right words when I am put on the spot.'],
    autism: ['Noise, busy corridors and sudden changes.', 'Group work when the rules are not clear.'],
    semh: ['Starting the day, and when things feel unfair.', 'Calming down when I am cross or worried.'],
    sensory: ['Seeing the board from the back.', 'Hearing in noisy rooms; getting around quickly.'],
  },
  communication: {
    learning: ['I will nod even when I have not understood: ask me to tell you what to do.', 'I answer best when I have had time to think.'],
    language: ['Short sentences and pictures help me. I may point or show you.', 'Say my name first, then tell me one thing at a time.'],
    autism: ['I may not look at you but I am listening. Say exactly what you mean.', 'I might use my card instead of talking when I am overwhelmed.'],
    semh: ['If I go quiet I am not OK. Ask me privately.', 'I might get loud when I am worried: give me space first.'],
    sensory: ['Face me when you talk so I can lip-read.', 'Tell me who you are when you speak to me.'],
  },
};

// prettier-ignore
export const CHANGE_NOTES = [
  'Updated after the review: new strategies for the classroom.',
  'Added the calm card and a new key adult.',
  'Strengths and how to help me rewritten with the pupil.',
];

export const EHCP_NOTES = [
  'Top-up funding band agreed at the last review.',
  'Parents would like the speech and language therapist invited to the next review.',
  'Educational psychologist to update advice before the next review.',
  '',
];
