/**
 * The interventions schools choose from, with how each is measured: entry scores in a range, a gain
 * over twelve weeks in a range (scaled to the weeks a pupil was in the group), a target above entry,
 * and the measure's bounds. A school's catalogue is a slice of its phase's list.
 */

const CL = 'cognition_and_learning';
const CI = 'communication_and_interaction';
const SEMH = 'social_emotional_mental_health';
const SP = 'sensory_physical';

/**
 * [key, name, area, delivery, usual size, delivered by, minutes, sessions a week, resources (pence),
 *  measure name, unit, higher is better, [entry lo, hi], [gain lo, hi in 12 weeks], target gain, [min, max],
 *  location, description]
 */
// prettier-ignore
const PRIMARY = [
  ['phonics', 'Phonics catch-up group', CL, 'group', 6, 'ta', 20, 4, 0, 'Phonics screening check score', 'marks out of 40', true, [8, 26], [4, 12], 10, [0, 40], 'Intervention room', 'Small-group phonics for the gaps the screening check found: sounds, blending, segmenting.'],
  ['talk-boost', 'Talk Boost language group', CI, 'group', 4, 'ta', 30, 3, 75, 'Language progress tracker score', 'points', true, [20, 45], [4, 12], 10, [0, 80], 'Intervention room', 'A targeted programme for language delay: listening, vocabulary, sentences and stories.'],
  ['zones', 'Zones of Regulation group', SEMH, 'group', 6, 'senco', 30, 1, 100, 'Boxall profile score', 'points', true, [30, 60], [3, 10], 8, [0, 136], 'Calm room', 'Recognising feelings and choosing a calming strategy, using the four zones.'],
  ['fluency', 'Reading fluency group', CL, 'group', 4, 'ta', 20, 3, 0, 'Words read per minute', 'words per minute', true, [40, 90], [5, 25], 15, [0, 250], 'Library', 'Repeated and paired reading of short passages to build speed, accuracy and expression.'],
  ['fine-motor', 'Fine motor skills group', SP, 'group', 6, 'ta', 15, 3, 60, 'Fine motor checklist score', 'points out of 20', true, [4, 12], [2, 6], 5, [0, 20], 'Classroom', 'Dough, tweezers, threading and scissor work to build hand strength and control.'],
  ['number-sense', 'Number sense group', CL, 'group', 5, 'ta', 30, 3, 0, 'Standardised maths score', 'standardised score', true, [70, 85], [2, 9], 6, [40, 140], 'Intervention room', 'Structured apparatus to build number bonds, place value and mental calculation in small steps.'],
  ['elsa', 'ELSA emotional literacy support (1:1)', SEMH, 'one_to_one', 1, 'ta', 30, 1, 0, 'Emotional literacy checklist score', 'points', true, [20, 40], [3, 10], 8, [0, 60], 'Calm room', 'Weekly 1:1 with a trained emotional literacy support assistant, on an agreed target.'],
  ['lego', 'Lego-based social skills group', CI, 'group', 4, 'ta', 45, 1, 0, 'Social skills checklist score', 'points out of 20', true, [5, 12], [2, 5], 4, [0, 20], 'Intervention room', 'Building in roles (engineer, supplier, builder) to practise turn-taking and talking together.'],
  ['spelling', 'Spelling group', CL, 'group', 5, 'ta', 20, 2, 0, 'Spelling errors in a probe', 'errors in 20 words', false, [8, 16], [2, 6], 4, [0, 20], 'Intervention room', 'Multisensory practice of high-frequency and tricky words, checked with a 20-word probe.'],
  ['precision', 'Precision teaching (1:1)', CL, 'one_to_one', 1, 'ta', 15, 5, 0, 'Words read correctly in one minute', 'words', true, [6, 20], [6, 20], 15, [0, 120], 'Library corner', 'Short 1:1 practice on a small set of high-frequency words, timed and charted every session.'],
  ['sensory', 'Sensory circuits', SP, 'group', 8, 'ta', 15, 5, 0, 'Ready-to-learn rating', 'rating out of 10', true, [2, 5], [1, 4], 3, [0, 10], 'Hall', 'A short circuit of alerting, organising and calming activities before lessons.'],
  ['maths-mastery', 'Maths mastery catch-up', CL, 'group', 4, 'teacher', 30, 3, 0, 'Standardised maths score', 'standardised score', true, [72, 86], [2, 8], 6, [40, 140], 'Classroom', "Same-day catch-up on the day's maths lesson, led by a teacher, so gaps do not build up."],
  ['speech', 'Speech and language programme (1:1)', CI, 'one_to_one', 1, 'ta', 30, 3, 0, 'Speech and language targets met', 'targets', true, [0, 2], [1, 4], 4, [0, 12], 'Quiet room', "Targets from the speech and language therapist's programme, practised 1:1."],
  ['handwriting', 'Handwriting group', SP, 'group', 6, 'ta', 20, 2, 0, 'Letters written legibly in a minute', 'letters', true, [10, 30], [4, 12], 10, [0, 120], 'Intervention room', 'Letter formation and joins, with posture and pencil grip checked each time.'],
];

// prettier-ignore
const SECONDARY = [
  ['reading', 'Reading intervention group', CL, 'group', 6, 'ta', 30, 2, 0, 'Standardised reading score', 'standardised score', true, [70, 86], [2, 9], 6, [40, 140], 'Library', 'Guided reading and comprehension strategies (predict, question, clarify, summarise).'],
  ['social', 'Social skills group', CI, 'group', 6, 'ta', 50, 1, 0, 'Social skills checklist score', 'points out of 20', true, [5, 12], [2, 5], 4, [0, 20], 'Learning support base', 'Conversation, friendships and reading social situations, with role play and video modelling.'],
  ['anxiety', 'Anxiety management group', SEMH, 'group', 6, 'ta', 50, 1, 150, 'SDQ total difficulties score', 'points out of 40', false, [16, 28], [2, 7], 5, [0, 40], 'Wellbeing hub', 'Understanding anxiety and practising strategies: breathing, grounding, challenging worried thoughts.'],
  ['numeracy', 'Numeracy catch-up group', CL, 'group', 6, 'teacher', 50, 2, 0, 'Standardised maths score', 'standardised score', true, [70, 86], [2, 8], 6, [40, 140], 'Maths block', 'Number facts, place value and fractions for pupils below the expected standard.'],
  ['typing', 'Touch-typing', SP, 'group', 6, 'ta', 30, 2, 50, 'Typing speed', 'words per minute', true, [8, 20], [4, 12], 10, [0, 100], 'ICT room 2', 'A touch-typing course for pupils who will use a laptop in lessons and exams.'],
  ['language', 'Language for learning group', CI, 'group', 4, 'ta', 30, 2, 0, 'Subject words known', 'words out of 30', true, [6, 15], [4, 10], 8, [0, 30], 'Learning support base', 'Subject vocabulary and the language of instructions and questions, pre-taught before lessons.'],
  ['literacy', 'Literacy catch-up group', CL, 'group', 6, 'teacher', 50, 2, 0, 'Reading age', 'months', true, [96, 130], [3, 9], 6, [48, 216], 'English base', 'Reading and writing catch-up for pupils below the expected standard, taught by an English teacher.'],
  ['mentor', 'Learning mentor (1:1)', SEMH, 'one_to_one', 1, 'teacher', 30, 1, 0, 'Wellbeing scale score', 'points out of 70', true, [25, 45], [3, 10], 8, [14, 70], 'Wellbeing hub', 'A weekly 1:1 with a trusted teacher: goals, organisation and how the week went.'],
  ['spelling', 'Spelling group', CL, 'group', 5, 'ta', 25, 2, 0, 'Spelling errors in a probe', 'errors in 20 words', false, [7, 15], [2, 6], 4, [0, 20], 'Learning support base', 'Multisensory spelling of common and subject words, checked with a 20-word probe.'],
  ['handwriting', 'Handwriting speed group', SP, 'group', 6, 'ta', 30, 2, 0, 'Handwriting speed', 'words per minute', true, [8, 15], [2, 6], 4, [0, 40], 'Learning support base', 'Fluency and speed of handwriting, with grip and posture, for pupils who cannot keep up in lessons.'],
  ['online-reading', 'Online reading programme', CL, 'group', 6, 'ta', 30, 3, 60, 'Reading age', 'months', true, [90, 125], [3, 10], 6, [48, 216], 'ICT room 2', 'An adaptive online reading programme with a TA on hand; progress reports reviewed weekly.'],
  ['speech', 'Speech and language programme (1:1)', CI, 'one_to_one', 1, 'ta', 30, 2, 0, 'Speech and language targets met', 'targets', true, [0, 2], [1, 4], 4, [0, 12], 'Learning support base', "Targets from the speech and language therapist's programme, practised 1:1."],
  ['resilience', 'Resilience and self-esteem group', SEMH, 'group', 5, 'senco', 45, 1, 100, 'Self-esteem scale score', 'points out of 30', true, [8, 16], [2, 6], 5, [0, 30], 'Wellbeing hub', 'Strengths, setbacks and self-talk, in a small group with the SENCO.'],
  ['movement', 'Movement and sensory breaks', SP, 'group', 4, 'ta', 15, 5, 0, 'Ready-to-learn rating', 'rating out of 10', true, [2, 5], [1, 4], 3, [0, 10], 'Sensory room', 'Movement and sensory activities at set times, so pupils return to lessons ready to learn.'],
];

function toItem(row) {
  const [key, name, area, delivery, size, by, minutes, perWeek, resourcePence] = row;
  const [, , , , , , , , , measureName, unit, higherIsBetter, entry, gain, targetGain, bounds] = row;
  const [location, description] = row.slice(16);
  return {
    key,
    name,
    area,
    delivery,
    size,
    by,
    minutes,
    perWeek,
    resourcePence,
    measure: { name: measureName, unit, higherIsBetter },
    score: { entry, gain, targetGain, min: bounds[0], max: bounds[1] },
    location,
    description,
  };
}

export const PRIMARY_CATALOGUE = PRIMARY.map(toItem);
export const SECONDARY_CATALOGUE = SECONDARY.map(toItem);

/**
 * A school's catalogue: `count` items of its phase's list, starting at a point that moves from school to
 * school (so the trust's schools use different mixes), with the list's first item (a TA-led group
 * intervention) always in it: the groups of ta@ need one.
 */
export function catalogueFor(phase, schoolNo, count) {
  const list = phase === 'secondary' ? SECONDARY_CATALOGUE : PRIMARY_CATALOGUE;
  const out = [list[0]];
  for (let k = 0; out.length < Math.min(count, list.length); k++) {
    const item = list[1 + ((schoolNo * 3 + k) % (list.length - 1))];
    if (!out.includes(item)) out.push(item);
  }
  return out;
}
