import { PROFILE_OF_NEED, type Profile } from './demo-passports';

/**
 * What the demo support plans say: outcomes as a SENCO writes them (specific, measured, by a date),
 * strategies for the adults in class, notes on support that is not a group, the pupil's and the parents'
 * views, teachers' comments before a review, and the notes of a review. By the broad profile of the
 * pupil's need and by phase (primary or secondary). No names anywhere: the texts are shared by pupils.
 */

export type Band = 'primary' | 'secondary';

/** Plans are written for the same broad profiles of need as the passports. */
export type PlanProfile = Profile;
export const PLAN_PROFILE_OF_NEED: Record<string, PlanProfile> = PROFILE_OF_NEED;

type ByBand<T> = Record<Band, readonly T[]>;

/** One outcome: what success looks like, and how it is measured. */
export type OutcomeText = readonly [description: string, measure: string];

/** A line of work on one need: each step the next outcome once the one before is met. */
export type Track = readonly OutcomeText[];

export interface ProfilePlanTexts {
  tracks: ByBand<Track>;
  strategies: ByBand<string>;
  /** Support that is not an intervention group, for the provision section's notes. */
  provisionNotes: ByBand<string>;
  /** In the pupil's voice, when the plan is written. */
  pupilViews: ByBand<string>;
  /** What parents see at home and hope for. */
  parentViews: ByBand<string>;
  /** Class teachers' comments on progress before a review. */
  comments: ByBand<string>;
}

const both = <T>(primary: readonly T[], secondary: readonly T[]): ByBand<T> => ({ primary, secondary });

// prettier-ignore
export const PLAN_TEXTS: Record<PlanProfile, ProfilePlanTexts> = {
  slcn: {
    tracks: both<Track>(
      [
        [
          ['Follow a two-step instruction in class without a visual prompt, 4 times out of 5.', "Class teacher's weekly tally of instructions followed"],
          ['Follow a three-step instruction given to the whole class, 4 times out of 5.', "Class teacher's weekly tally of instructions followed"],
        ],
        [
          ['Know and use 15 of the 20 key words of the current topic when talking about the topic.', 'Topic word check at the start and end of the unit, by the Talk Boost TA'],
          ['Explain the meaning of 8 of 10 new topic words in their own words.', 'Word check by the TA every fortnight'],
        ],
        [
          ["Retell a short story in the right order using 'first', 'next' and 'last', with picture prompts.", 'Recorded retell each half-term, scored on the Talk Boost narrative scale'],
          ['Retell a familiar story in order without picture prompts, in at least four linked sentences.', 'Recorded retell each half-term, scored on the narrative scale'],
        ],
        [
          ["Ask an adult or a partner for help with a sentence starter ('Can you show me...?') at least once in every maths lesson.", 'TA observation in three maths lessons a week'],
          ['Say when they have not understood, without a prompt, in 4 out of 5 lessons.', "Class teacher's weekly tally"],
        ],
      ],
      [
        [
          ['Follow a spoken instruction with three parts in lessons, using the written copy only when needed, in 4 of 5 observed lessons.', 'Learning support observations in English, maths and science, fortnightly'],
          ['Write down homework and instructions in the planner without help in 4 of 5 lessons.', 'Planner checked by the form tutor each Friday'],
        ],
        [
          ['Use 20 of 30 key subject words correctly in written answers in science and geography.', 'Subject word checks at the start and end of each unit (Language for learning group)'],
          ['Define key words in their own words in 8 of 10 weekly vocabulary quizzes.', 'Quiz results logged by the Language for learning TA'],
        ],
        [
          ["Answer a 'why' or 'how' question in a full sentence, using the sentence starters, once a lesson in English and humanities.", 'Teacher tally in English and humanities, one week in two'],
          ['Give a one-minute spoken explanation of a topic to a small group.', "Observation in the Language for learning group, scored on the group's speaking checklist"],
        ],
        [
          ['Start and keep up a conversation of at least four turns with a peer in structured group work.', 'Social skills checklist, TA observation monthly'],
          ["Ask a teacher to explain again, or ask a peer, instead of waiting, in 4 of 5 lessons.", 'Learning support observations, fortnightly'],
        ],
      ],
    ),
    strategies: both(
      [
        "Say their name before giving an instruction, then give one step at a time.",
        'Show as well as tell: pictures, objects or a demonstration with every instruction.',
        'Give at least ten seconds of thinking time before expecting an answer.',
        'Pre-teach the key words of the topic (word mat on the table).',
        'Check understanding by asking them to show you what to do, not "Do you understand?".',
        'Use the visual timetable and point to it at each change.',
        "Model a sentence starter for answers ('I think... because...').",
        'Recast their answer correctly rather than correcting them.',
      ],
      [
        'Keep instructions short and write the key steps on the board.',
        'Use visuals, diagrams and worked examples alongside spoken explanation.',
        'Give thinking time before expecting an answer; warn them before asking in front of the class.',
        'Give the key subject words at the start of the unit (glossary in the exercise book).',
        'Check understanding by asking them to tell you what they need to do first.',
        'Give sentence starters and a model paragraph for extended written answers.',
        'Put homework on the online platform as well as saying it.',
        'In group work, give a clear role and a short script for it.',
      ],
    ),
    provisionNotes: both(
      [
        'Speech and language therapist visits each half-term and leaves targets for the class and the Talk Boost TA.',
        'Word mat of topic vocabulary sent home each half-term so it can be practised at home.',
      ],
      [
        'Speech and language therapy programme reviewed by the therapist each term; targets shared with subject teachers.',
        'Subject glossaries printed for the exercise books at the start of each unit.',
      ],
    ),
    pupilViews: both(
      [
        'I like Talk Boost because we play games and I say lots of words. Sometimes I forget what the teacher said and I look at my friends.',
        'I am good at drawing. It helps when my teacher shows me the picture. I do not like it when I have to talk in front of everyone.',
        "I like telling stories about my dog. When the words don't come out I get cross.",
      ],
      [
        "I understand more when there are pictures or it's written down. I hate being asked to answer in front of the class.",
        "The glossary in my book helps. Sometimes teachers talk too fast and I lose what we're meant to be doing.",
        "I'm fine with my friends, but in lessons I don't always get what the question means.",
      ],
    ),
    parentViews: both(
      [
        "At home they chat away about things they like, but it's hard for them to tell us about their day. We would like them to be able to explain when something has gone wrong.",
        'We have noticed they understand more than they can say. We practise the topic words at bedtime and would like more ideas for home.',
      ],
      [
        "They find it hard to explain what homework is set, so we often don't know until it's late. We'd like them to be more confident speaking up in class.",
        'They get frustrated when they cannot find the right word. We would like them to keep up in science, where the words are hardest.',
      ],
    ),
    comments: both(
      [
        'Much better at following instructions when I say their name first. Still loses the second step in PE and on the carpet.',
        'Used the sentence starters in guided reading this week without a prompt. Topic words check: 12 of 20 so far.',
        'Retold the story of the week in order with the pictures. Without them, mixes up the middle.',
      ],
      [
        'Answers more in class since we agreed a warning first. Written answers still short: the sentence starters help.',
        "Used 14 of the unit's 30 words correctly in the last test. Glossary in the book is being used.",
        'Instructions on the board are making a difference; still needs a check-in at the start of practical work.',
      ],
    ),
  },

  semh: {
    tracks: both<Track>(
      [
        [
          ['Recognise when they are becoming upset and use the calm-down card to go to the calm corner, with one reminder, in 4 out of 5 incidents.', 'Incident log kept by class staff, and the Zones of Regulation check-ins'],
          ['Choose and use a calming strategy without an adult prompt, in 4 out of 5 incidents.', 'Incident log kept by class staff'],
        ],
        [
          ['Come into class calmly after lunch and start the task within 5 minutes, on 4 days out of 5.', "TA's daily after-lunch check sheet"],
          ['Come in from break and lunch and start the task within 5 minutes without adult support, 4 days out of 5.', "TA's daily check sheet"],
        ],
        [
          ['Join in a structured game at lunchtime with two other children for 10 minutes, 3 times a week.', "Lunchtime supervisor's observation sheet"],
          ["Sort out a disagreement at play by asking an adult or using the 'stop, think, talk' steps, without physical contact.", 'Behaviour log: playground incidents per half-term (baseline 9)'],
        ],
        [
          ['Stay on task for 10 minutes with a sand timer and a movement break, in English and maths.', "Class teacher's tally, three lessons a week"],
          ['Stay on task for 20 minutes in English and maths with one movement break.', "Class teacher's tally, three lessons a week"],
        ],
      ],
      [
        [
          ['Use the time-out card (no more than 10 minutes out, then back to the lesson) instead of walking out, in 4 of 5 uses.', 'Time-out card log kept by the pastoral office'],
          ['Reduce removals from lessons from 6 to 2 or fewer in a half-term.', 'Behaviour records on the school system'],
        ],
        [
          ['Attend the 8.35 check-in with the key adult on 4 days out of 5.', 'Check-in register kept by the key adult'],
          ['Arrive at period 1 on time on 9 days out of 10.', 'Attendance and lateness records'],
        ],
        [
          ['Name the anxious thought and use one practised strategy (breathing, grounding) before asking to leave a lesson.', "Self-rating scale in the anxiety group, and the key adult's weekly notes"],
          ['Reduce the SDQ total difficulties score from 24 to 18 or below.', 'SDQ completed by the pupil and the key adult at the start and end of the cycle'],
        ],
        [
          ['Hand in 80% of homework on time.', 'Homework records on the school system, checked fortnightly'],
        ],
      ],
    ),
    strategies: both(
      [
        'Meet them at the door each morning with a calm, friendly hello.',
        'Give a choice of two things rather than an instruction to comply.',
        'Speak to them quietly and privately when correcting; never in front of the class.',
        'Let them use the calm-down card to go to the calm corner for five minutes.',
        'Give a helping job at the start of the afternoon.',
        'Notice and name what is going well, specifically ("You started straight away").',
        'Use the Zones of Regulation check-in after break and lunch.',
        'Give a fresh start after an incident: do not bring it up again later in the day.',
      ],
      [
        'Let them use the time-out card to go to the wellbeing hub for up to ten minutes.',
        'Correct quietly and privately; avoid standing over them or raising your voice.',
        'Give a fresh start each lesson: do not bring up what happened earlier.',
        'Seat them near the door, away from pupils they clash with.',
        'Offer a choice rather than an ultimatum.',
        'Make sure they have checked in with their key adult before period 1.',
        'Give praise privately (a quiet word or a note), not in front of the class.',
        'Be flexible about a late homework once a half-term, after a conversation.',
      ],
    ),
    provisionNotes: both(
      [
        'Daily meet and greet with the class TA; a quiet job before the register.',
        'Calm corner in the classroom with a feelings chart and a sand timer.',
      ],
      [
        'Key adult check-in at 8.35 each morning in the wellbeing hub.',
        'Time-out card agreed with all subject teachers; the pastoral office keeps the log.',
      ],
    ),
    pupilViews: both(
      [
        'I like my job in the morning. When it is noisy I feel angry inside and I want to hide. The calm corner helps.',
        'I like playing football but sometimes people do not play fair and I get cross. I like it when the teacher tells me I did well.',
        'Lunchtime is the hardest part. I like it when I know who I am playing with.',
      ],
      [
        "Some lessons are fine, others I just can't be in. The card helps because I don't have to explain in front of everyone.",
        "Mornings are the worst. Seeing my key adult first makes the day easier.",
        "I get wound up when teachers shout. If they speak to me on my own I'm fine.",
      ],
    ),
    parentViews: both(
      [
        'Mornings are hard at home too; getting out of the door is a battle. We would like them to feel safe at school and to have a friend to play with.',
        'They come home exhausted and sometimes upset about lunchtime. We want them to be able to calm down and talk about it.',
      ],
      [
        "We're worried about attendance: some mornings they won't get up. We'd like to hear about good days as well as bad ones.",
        'At home they keep things in until they explode. We would like school and home to use the same strategies.',
      ],
    ),
    comments: both(
      [
        'Used the calm-down card twice this week with one reminder, and came back after five minutes both times.',
        'After-lunch sheet shows 3 calm starts out of 5 this week. The job at the start of the afternoon is helping.',
        'A harder fortnight: two incidents at lunchtime. Settled well once back in class.',
      ],
      [
        'Used the time-out card once this half-term and came back within ten minutes. No removals from my lessons.',
        'Late to period 1 three times this fortnight. When they come via the check-in, the morning goes well.',
        'Engaging better in form time; more settled since sitting nearer the door.',
      ],
    ),
  },

  autism: {
    tracks: both<Track>(
      [
        [
          ['Move on from an activity when the 5-minute timer ends, with a visual warning, in 4 of 5 transitions.', "TA's daily transition tally"],
          ["Cope with an unexpected change (supply teacher, wet play) using the 'change' card, without leaving the classroom.", "Incident log and the class teacher's notes"],
        ],
        [
          ['Show how they feel using the feelings chart when upset, instead of hiding under the table, in 4 of 5 incidents.', 'Incident log kept by class staff'],
          ['Tell an adult in words what upset them, once calm, in 4 of 5 incidents.', 'Incident log kept by class staff'],
        ],
        [
          ['Take turns in a structured game with two other children for 10 minutes in the Lego group.', 'Social skills checklist in the Lego group, every three weeks'],
          ['Join a lunchtime club once a week and stay for the whole session.', 'Club register'],
        ],
        [
          ['Stay in assembly for 10 minutes with ear defenders and a seat at the end of the row, 3 times a week.', "TA's assembly log"],
          ['Eat lunch in the dining hall for 15 minutes, with ear defenders, on 3 days a week.', "Midday supervisor's log"],
        ],
        [
          ["Work independently for 10 minutes using the 'first, then' board, in 4 of 5 sessions.", "Class teacher's tally in English and maths"],
          ['Work independently for 15 minutes using the task board, in 4 of 5 sessions.', "Class teacher's tally in English and maths"],
        ],
      ],
      [
        [
          ['Use the exit card to go to the learning support base when overwhelmed, and return to the lesson within 15 minutes, in 4 of 5 uses.', 'Exit card log at the learning support base'],
          ['Stay in every lesson for a whole week, using the agreed strategies instead of the exit card, in 3 of 6 weeks.', 'Exit card log and attendance in lessons'],
        ],
        [
          ['Check the timetable and the cover list at registration each morning with the form tutor, on 4 days out of 5.', "Form tutor's daily check"],
          ['Check the cover list each morning without a reminder, and tell the key adult about any change that worries them.', "Form tutor's daily check and the key adult's notes"],
        ],
        [
          ['Take an agreed role in group work in science and contribute at least once, in 4 of 5 lessons.', "Science teacher's observation, fortnightly"],
          ['Take an agreed role in group work in three subjects and contribute at least once, in 4 of 5 lessons.', 'Learning support observations, fortnightly'],
        ],
        [
          ['Attend the lunchtime social skills club twice a week.', 'Club register'],
          ['Start a conversation with a peer about a shared interest and keep it going for at least four turns.', 'Social skills checklist, TA observation monthly'],
        ],
      ],
    ),
    strategies: both(
      [
        'Warn of changes before they happen, and show them on the visual timetable.',
        'Give a five-minute warning, with the sand timer, before an activity ends.',
        'Let them use the quiet space in the book corner when the room gets noisy.',
        'Ear defenders in assembly and the hall (kept in the tray by the door).',
        'Give instructions one at a time and show what to do.',
        "Use the 'first, then' board for tasks they find hard to start.",
        'A job at the start of the day, to help them settle.',
        'Say exactly what you mean: avoid sarcasm and figures of speech.',
      ],
      [
        'Tell them about changes (cover, room moves, trips) in advance, at registration or by email.',
        'Let them use the exit card to go to the learning support base if overwhelmed.',
        'Keep a fixed seat, at the end of a row near the door.',
        'Let them leave five minutes early to avoid the busy corridors.',
        'Give clear, literal instructions and write the task on the board.',
        'In group work, give a clear role.',
        'Do not ask them to answer in front of the class without warning.',
        'Give homework in writing on the online platform, with the deadline.',
      ],
    ),
    provisionNotes: both(
      [
        'Ear defenders and a wobble cushion in the classroom; a quiet place to eat on the busiest days.',
        'Visual timetable on the desk, updated each morning by the class TA.',
      ],
      [
        'Exit card agreed with all teachers; the learning support base is open at break and lunch.',
        'Early lunch pass, and leaving lessons five minutes early to avoid the corridors.',
      ],
    ),
    pupilViews: both(
      [
        'I like trains and Lego. I do not like it when it is loud in the hall. I like knowing what is next on my timetable.',
        'I do not like surprises. When we have a different teacher I feel worried. My ear defenders help.',
        'I like working on my own at my table. Playtime is too busy sometimes.',
      ],
      [
        "I need to know what's happening. Cover lessons are the worst part of the week.",
        "Corridors are too loud and crowded. Leaving early helps a lot. I like computing because it's logical.",
        "Group work is hard when nobody says who does what. I'm fine if I know my job.",
      ],
    ),
    parentViews: both(
      [
        'They hold it together at school and let it all out at home, especially after a change in the day. We would like more warning of changes so we can prepare them.',
        'They love routine and get very upset if it changes. We hope they can find a friend who shares their interests.',
      ],
      [
        "After a day with cover lessons they're exhausted and shut down at home. We'd like changes emailed in advance.",
        "They're bright and want to do well, but the social side is hard. We'd like them to have somewhere safe at lunch.",
      ],
    ),
    comments: both(
      [
        'Coped with the supply teacher on Tuesday after a warning at the door; the visual timetable is working.',
        'Used the quiet space twice this week and came back by themselves. Timer warnings are helping at tidy-up time.',
        'Joined in the Lego group game for the full ten minutes on Friday.',
      ],
      [
        'Used the exit card once this fortnight and was back within 15 minutes. Fine in cover when told at registration.',
        'Took the recorder role in group work in science and contributed twice.',
        'Settled in my lessons since the fixed seat by the door. Homework handed in on time.',
      ],
    ),
  },

  dyslexia: {
    tracks: both<Track>(
      [
        [
          ['Read 80 of the first 100 high-frequency words accurately, within 2 seconds each.', 'Precision teaching probe, charted each session'],
          ['Read a book at their level aloud at 70 words per minute with 95% accuracy.', 'Fluency probe every two weeks'],
        ],
        [
          ["Read and spell words with the 'ai', 'ay' and 'a-e' patterns correctly, 8 out of 10.", 'Phonics check of the pattern every fortnight'],
          ['Spell 15 of 20 words from the statutory word list for the year group correctly in a dictation.', 'Spelling probe each half-term'],
        ],
        [
          ['Plan a piece of writing with a story mountain and write at least 8 sentences, using a word bank.', 'Writing sample each half-term, moderated by the class teacher'],
          ['Write a paragraph of 5 sentences with capital letters and full stops, checking it against a checklist.', 'Writing sample each half-term'],
        ],
      ],
      [
        [
          ['Raise the reading age by 8 months.', 'Standardised reading test at the start and end of the cycle'],
          ['Read a page of a GCSE-style text with the reader pen and answer 4 of 5 comprehension questions.', 'Reading group assessment each half-term'],
        ],
        [
          ['Use the laptop and speech-to-text to write extended answers of at least 200 words in English and history.', 'Work sampled by the SENCO each half-term'],
          ['Plan an extended answer with a writing frame and finish it in the time allowed, in 3 of 4 assessments.', 'End-of-unit assessments in English and history'],
        ],
        [
          ['Spell 15 of 20 key subject words correctly in a probe.', 'Spelling probe in the spelling group'],
          ['Proofread written work with a checklist and correct half of their own spelling errors.', 'Work sampled by the English teacher each half-term'],
        ],
      ],
    ),
    strategies: both(
      [
        'Let them use the yellow overlay for reading.',
        'Do not ask them to read aloud unless it has been practised first.',
        'Give a word bank or word mat for writing tasks.',
        'Print sheets on cream paper in a larger font (14 point).',
        'Let them copy from a sheet on the table, not from the board.',
        'Give extra time to finish writing, or reduce the amount.',
        'Let them talk ideas through with an adult before writing.',
      ],
      [
        'Do not ask them to read aloud without warning; let them volunteer.',
        'Give a printed copy of the slides instead of copying from the board.',
        'Give a word bank of the key subject vocabulary.',
        'Handouts on cream paper; let them use the coloured overlay.',
        'Mark for content, not spelling, unless spelling is the focus.',
        'Allow extra time for reading and writing tasks (25% in assessments).',
        'Let them use a laptop for longer pieces of writing.',
      ],
    ),
    provisionNotes: both(
      [
        'Reading buddy with a Year 6 pupil three mornings a week; coloured overlay and word mat on the desk.',
        'Home reading book matched to the phonics phase, changed twice a week.',
      ],
      [
        'Laptop for extended writing; reader pen for assessments. Exam access arrangements being assessed.',
        'Subject teachers share slides in advance on the online platform.',
      ],
    ),
    pupilViews: both(
      [
        'I am good at ideas and telling stories. Reading is tricky because the letters move around. I like my yellow overlay.',
        'I do not like reading out loud. I like it when I can say my ideas first and then write them.',
        'I like art and making things. Spelling is hard.',
      ],
      [
        "I know what I want to say but writing it takes ages. The laptop makes a big difference.",
        "I hate reading out loud in class. Printed slides mean I can actually listen instead of copying.",
        "I'm good at practical subjects. I want my spelling to stop holding my grades back.",
      ],
    ),
    parentViews: both(
      [
        'Reading at home is a struggle and ends in tears some nights. We would like ideas for making it fun, and to know which books to choose.',
        'They are so creative and have great ideas, but they think they are not clever. We want them to feel good about themselves.',
      ],
      [
        "Homework takes far longer than it should. We'd like to know about exam access arrangements early.",
        "They've lost confidence since starting secondary. We want teachers to see how much they understand.",
      ],
    ),
    comments: both(
      [
        'Reading more fluently in guided reading; still guessing from the first letter on new words.',
        'Used the word mat without being reminded this week. Wrote 7 sentences in the story writing.',
        'Overlay in use. Spelling of the pattern words is better in tests than in free writing.',
      ],
      [
        'Laptop use is making a real difference to the length of written answers in my lessons.',
        'Reads well with the reader pen in assessments; still avoids reading aloud, as agreed.',
        'Printed slides help. Spelling of subject words improving in the last two pieces of work.',
      ],
    ),
  },

  learning: {
    tracks: both<Track>(
      [
        [
          ['Recall number bonds to 10 quickly and accurately, 9 out of 10.', 'Number sense check every two weeks'],
          ['Add and subtract two-digit numbers with a number line, 8 out of 10 correct.', 'End-of-unit check in maths'],
        ],
        [
          ["Read a short text at their level and answer 4 of 5 'find it' questions.", 'Guided reading record, fortnightly'],
          ["Answer 3 of 5 'why' questions about a short text at their level.", 'Guided reading record, fortnightly'],
        ],
        [
          ['Start a task independently using the task checklist within 2 minutes, in 4 of 5 lessons.', "Class teacher's weekly tally"],
          ['Complete a three-step task using the checklist, asking for help only once, in 4 of 5 lessons.', "Class teacher's weekly tally"],
        ],
      ],
      [
        [
          ['Recall multiplication facts to 10 × 10 with 90% accuracy.', 'Times-table check in the numeracy group, fortnightly'],
          ['Raise the standardised maths score by 5 points.', 'Standardised maths test at the start and end of the cycle'],
        ],
        [
          ['Raise the reading age by 6 months.', 'Standardised reading test at the start and end of the cycle'],
          ['Read and understand a one-page text in a subject lesson, answering 3 of 4 questions with a glossary.', 'Learning support observations, fortnightly'],
        ],
        [
          ['Bring the right equipment and book to lessons on 9 days out of 10.', 'Form tutor equipment check each morning'],
          ['Record homework in the planner and hand in 80% of it on time.', 'Homework records, checked fortnightly'],
        ],
      ],
    ),
    strategies: both(
      [
        'Break work into small steps and check in after each one.',
        'Show a worked example first.',
        'Let them use counters and Numicon in maths.',
        'Go over what was learned yesterday before starting something new.',
        'Give a task board with pictures so they know what comes next.',
        'Praise effort as well as right answers.',
        'Give fewer questions rather than harder ones.',
      ],
      [
        'Chunk tasks into short steps with a checklist.',
        'Start with a recap of the last lesson.',
        'Give a worked example or a model answer to refer to.',
        'Check understanding by asking them to explain the task back to you.',
        'Pre-teach key vocabulary, or give a glossary.',
        'Give fewer questions rather than harder ones, and a little more time.',
        'Check the planner at the end of the lesson when homework is set.',
      ],
    ),
    provisionNotes: both(
      [
        'Pre-teaching of the next maths lesson with the class TA, two mornings a week.',
        'Task checklist laminated on the desk; Numicon set kept in the tray.',
      ],
      [
        'Pre-teaching of key vocabulary before each new unit in science and humanities.',
        'Planner checked by the form tutor each Friday; homework club on Tuesdays.',
      ],
    ),
    pupilViews: both(
      [
        'I like maths when I can use the cubes. I like it when the teacher shows me first.',
        'Sometimes I do not know what to do and I wait. I like my checklist.',
        'I am good at football and at helping. Reading is hard but I am getting better.',
      ],
      [
        "I like it when teachers explain things more than once without making a thing of it. Maths is my worst subject.",
        "I forget my homework. The checklist helps in lessons.",
        "I'm good at PE and food tech. I want to pass English and maths.",
      ],
    ),
    parentViews: both(
      [
        'We practise number bonds in the car and they are getting quicker. We would like them to be more confident to have a go.',
        'They are happy at school and try hard. We want them to keep up with their friends in reading.',
      ],
      [
        "Homework is a struggle: they don't always know what to do. We'd like to see the planner used every week.",
        "They're keen to do well in practical subjects. We'd like help with maths at home.",
      ],
    ),
    comments: both(
      [
        'Starting tasks more quickly with the checklist; still waits for me in writing.',
        'Number bonds to 10 much quicker this half-term. Using the number line independently for subtraction.',
        'Answered the "find it" questions well in guided reading; "why" questions still hard.',
      ],
      [
        'Brought equipment every day this fortnight. Worked example on the desk helps them get started.',
        'Better in class when the task is in short steps; homework still often late.',
        'Times tables improving; recall of 7s and 8s still slow.',
      ],
    ),
  },

  complex: {
    tracks: both<Track>(
      [
        [
          ['Make a choice between two objects of reference to ask for a snack or an activity, 4 times out of 5.', 'Communication log kept by the 1:1 TA'],
          ['Use a three-symbol sentence strip to ask for an item, 4 times out of 5.', 'Communication log kept by the 1:1 TA'],
        ],
        [
          ['Wash and dry their hands after a single verbal prompt, on 4 days out of 5.', 'Personal care record'],
          ['Put on their coat and shoes at home time with one adult prompt.', 'Personal care record'],
        ],
        [
          ['Stay engaged with an adult-led activity for 5 minutes, with a sensory break first.', "1:1 TA's engagement record"],
          ['Stay engaged with a small-group activity for 10 minutes.', "1:1 TA's engagement record"],
        ],
      ],
      [
        [
          ['Use the communication book to ask for help or a break, 4 times out of 5.', 'Communication log kept by learning support'],
          ['Greet a familiar adult and answer a simple question using signs or the communication app.', 'Communication log, weekly'],
        ],
        [
          ['Pay for an item in the school shop with a coin and wait for change, with one prompt.', 'Life skills record'],
          ['Follow the visual timetable to move between three familiar rooms, with an adult nearby.', 'Life skills record'],
        ],
        [
          ['Take part in a practical lesson (food or art) for 20 minutes with adapted equipment.', 'Learning support observations'],
        ],
      ],
    ),
    strategies: both(
      [
        'Use objects of reference to show what is happening next.',
        'Use symbols and Makaton signs alongside words.',
        'Give time to respond: count to ten before repeating.',
        'Offer a choice of two things.',
        'Follow the personal care plan and the moving and handling plan.',
        'Plan sensory breaks into the day (before literacy and after lunch).',
      ],
      [
        'Use the communication book or symbols alongside what you say.',
        'Give time to respond before repeating yourself.',
        'Offer a choice of two options.',
        'Follow the care plan and the moving and handling plan.',
        'Warn of changes with the now-and-next board.',
        'Plan sensory breaks into the day.',
      ],
    ),
    provisionNotes: both(
      [
        'Full-time 1:1 support; personalised curriculum planned with the SENCO each half-term.',
        'Sensory room booked before literacy every day.',
      ],
      [
        'Full-time 1:1 support and a life-skills timetable in the afternoons.',
        'Sensory room at set times; transport assistant meets the 1:1 TA at the gate.',
      ],
    ),
    pupilViews: both(
      [
        'Chose the photos of the sensory room and the swing as favourite things. Pushed away the photo of the hall (noisy). Gathered with the 1:1 TA using photos.',
        'Smiled and signed "more" for music and bubbles. Turned away from writing. Gathered with the 1:1 TA using symbols.',
      ],
      [
        'Chose the symbols for cooking, music and the minibus as favourite things; the symbol for the dining hall as "don\'t like". Gathered with the TA using the communication app.',
        'Signed "happy" for the sensory room and art. Gathered with the 1:1 TA using symbols.',
      ],
    ),
    parentViews: both(
      [
        'At home they use signs for "more" and "finished". We would like them to be able to ask for a drink and to tell us when they are in pain.',
        'We want school to keep working on dressing and toileting, and to use the same signs we use at home.',
      ],
      [
        'We are thinking about life after school: we would like work on independence, travel and money.',
        "They're happiest with routine and music. We'd like more ways for them to tell us what they want.",
      ],
    ),
    comments: both(
      [
        'Chose between two objects of reference at snack time every day this week.',
        'More settled after the sensory break before literacy; engaged for 6 minutes on Thursday.',
      ],
      [
        'Used the communication app to ask for a break twice this week, without a prompt.',
        'Paid in the school shop with one prompt on Wednesday.',
      ],
    ),
  },

  hearing: {
    tracks: both<Track>(
      [
        [
          ['Remind the teacher to switch on the radio aid at the start of each lesson, on 4 days out of 5.', "Class teacher's tally"],
          ['Say when they have missed something, without a prompt, in 4 of 5 lessons.', "Class teacher's tally"],
        ],
        [
          ['Know and use 15 of the 20 key words of the topic, taught before the unit.', 'Topic word check at the start and end of the unit'],
        ],
      ],
      [
        [
          ['Hand the radio aid transmitter to each teacher at the start of the lesson, in 9 of 10 lessons.', 'Learning support spot checks, weekly'],
          ['Ask for repetition or the subtitles when they miss something, in 4 of 5 lessons.', 'Teacher of the deaf visit notes, each half-term'],
        ],
        [
          ['Use 20 of 30 key subject words correctly in written answers.', 'Subject word checks at the start and end of each unit'],
        ],
      ],
    ),
    strategies: both(
      [
        'Sit them near the front where they can see your face.',
        'Face the class when you talk; do not talk while writing on the board.',
        'Check the hearing aids are working at the start of the day.',
        'Use the radio aid microphone in every lesson.',
        'Repeat what other children say in class discussions.',
        'Write key words and instructions on the board.',
      ],
      [
        'Seat them near the front with a clear view of your face.',
        'Wear the radio aid transmitter, and switch it off for private conversations.',
        'Turn on subtitles for any video.',
        "Repeat other pupils' answers in discussions.",
        'Write homework and key instructions on the board.',
        'Cut background noise where you can (close the door, turn off the projector fan).',
      ],
    ),
    provisionNotes: both(
      [
        'Teacher of the deaf visits each half-term; radio aid checked daily by the class TA.',
      ],
      [
        'Teacher of the deaf visits each half-term; spare batteries kept in the learning support base.',
      ],
    ),
    pupilViews: both(
      [
        'I can hear better when the teacher wears the microphone. I do not like it when everyone talks at once.',
        'I like sitting at the front. Sometimes I miss what my friends say on the carpet.',
      ],
      [
        "Group discussions are hard: I miss half of it. Subtitles on videos really help.",
        "I don't like having to remind teachers about the radio aid every lesson.",
      ],
    ),
    parentViews: both(
      [
        'They are tired after school from listening so hard all day. We want them to keep asking when they have not heard.',
      ],
      [
        "They don't like standing out, so they sometimes leave the aids off. We'd like teachers to check quietly.",
      ],
    ),
    comments: both(
      [
        'Reminded me about the radio aid four days this week. Asking for repeats more often.',
        'Struggles in carpet discussions; repeating answers is helping.',
      ],
      [
        'Handed over the transmitter every lesson this fortnight. Subtitles on for all videos.',
        'Misses some of the group work; a written summary at the end helps.',
      ],
    ),
  },

  vision: {
    tracks: both<Track>(
      [
        [
          ['Use the magnifier and enlarged resources without a reminder, in 4 of 5 lessons.', "Class teacher's tally"],
          ['Find their way around the school site (classroom, hall, toilets, playground) without adult help.', 'Mobility checklist by the qualified teacher of vision impairment'],
        ],
        [
          ['Touch-type 10 words per minute with 90% accuracy.', 'Typing programme report, fortnightly'],
          ['Touch-type 20 words per minute with 90% accuracy.', 'Typing programme report, fortnightly'],
        ],
      ],
      [
        [
          ['Use the tablet camera and zoom to read the board without help, in 4 of 5 lessons.', 'Learning support observations, fortnightly'],
          ['Ask for enlarged resources before the lesson when they have not been sent, in 4 of 5 cases.', "Learning support log"],
        ],
        [
          ['Touch-type 30 words per minute with 90% accuracy.', 'Typing programme report, fortnightly'],
        ],
      ],
    ),
    strategies: both(
      [
        'Give worksheets in large print (at least 18 point).',
        'Sit them near the front, with their back to the window.',
        'Tell them if things in the classroom have been moved.',
        'Say what you are writing on the board.',
        'Let them use the magnifier and the tablet camera.',
        'Use thick black pens on the whiteboard.',
      ],
      [
        'Give enlarged resources (18 point Arial) or digital copies they can zoom in on.',
        'Seat them near the front, away from glare.',
        'Read out what you write on the board.',
        'Let them leave lessons a few minutes early to avoid crowded corridors.',
        'Use high-contrast colours on slides.',
        'Describe diagrams and images out loud.',
      ],
    ),
    provisionNotes: both(
      ['Qualified teacher of vision impairment visits each half-term; resources enlarged by the office the day before.'],
      ['Qualified teacher of vision impairment visits each half-term; resources sent digitally the day before.'],
    ),
    pupilViews: both(
      [
        'I like my tablet because I can make things big. I do not like it when the sun is in my eyes.',
      ],
      [
        "I don't like asking for big print in front of everyone. Digital copies are better.",
      ],
    ),
    parentViews: both(
      ['We want them to become more independent, and to be confident finding their way at school.'],
      ["We'd like resources to arrive before lessons, not halfway through."],
    ),
    comments: both(
      ['Using the magnifier without a reminder most days. Still needs help in the hall.'],
      ['Enlarged sheets were ready for every lesson this fortnight; using zoom well.'],
    ),
  },

  physical: {
    tracks: both<Track>(
      [
        [
          ['Use the writing slope and the chunky pencil to write 5 sentences in 20 minutes.', 'Writing sample each half-term'],
          ['Type a piece of writing of 100 words on the laptop in 20 minutes.', 'Typing programme report and work sample'],
        ],
        [
          ['Take off and put on their coat and bag at home time with one adult prompt.', "Class TA's daily record"],
          ['Get ready for PE independently, with adapted clothing, in 10 minutes.', "PE teacher's record"],
        ],
      ],
      [
        [
          ['Type notes at 25 words per minute to keep up in lessons.', 'Typing programme report, fortnightly'],
          ['Use the laptop for all extended writing, saving work to the shared drive, in 4 of 5 lessons.', 'Learning support observations, fortnightly'],
        ],
        [
          ['Use the lift pass and leave lessons five minutes early, arriving at the next lesson on time, 9 times out of 10.', 'Attendance in lessons and lateness records'],
        ],
      ],
    ),
    strategies: both(
      [
        'Keep a clear route to their table and the door.',
        'Seat them at the height-adjusted table at the end of a row.',
        'Let them use the writing slope and chunky pencil.',
        'Let them use a laptop or a scribe for longer writing.',
        'Give extra time to move between places.',
        'Plan PE so they can take part, with adapted equipment.',
      ],
      [
        'Keep a clear route to their desk and the door.',
        'Let them use the lift pass and leave lessons five minutes early.',
        'Let them use the laptop for written work.',
        'Give copies of notes instead of copying from the board.',
        'Plan practical activities so they can take part, with adapted equipment.',
        'Seat them at the adjustable desk.',
      ],
    ),
    provisionNotes: both(
      ['Physiotherapy programme done with the class TA twice a week; occupational therapist reviews each term.'],
      ['Physiotherapy programme at lunchtime twice a week; personal evacuation plan reviewed each term.'],
    ),
    pupilViews: both(
      ['I like PE when I can join in. My hand gets tired when I write a lot. I like using the laptop.'],
      ["I just want to do the same as everyone else. Leaving early for the lift means I don't get stuck in the crowds."],
    ),
    parentViews: both(
      ['We want them to join in with everything, including trips and PE, and to become more independent with dressing.'],
      ["We'd like the school to plan trips early so they can go too."],
    ),
    comments: both(
      ['Wrote 5 sentences with the slope on Tuesday; tired by the end. Laptop for the longer piece worked well.'],
      ['On time to every lesson this fortnight with the lift pass. Typing speed improving.'],
    ),
  },

  medical: {
    tracks: both<Track>(
      [
        [
          ['Catch up on missed English and maths within a week of an absence, using the work pack.', 'Catch-up log kept by the class teacher'],
        ],
        [
          ['Use the rest card when tired and return to the task within 10 minutes, in 4 of 5 uses.', "Class teacher's log"],
        ],
      ],
      [
        [
          ['Catch up on missed work within two weeks of an absence, using the online resources and a weekly check-in.', 'Catch-up log kept by the key adult'],
        ],
        [
          ['Use the medical pass appropriately and return to the lesson within 15 minutes, in 9 of 10 uses.', 'Medical pass log at the office'],
        ],
      ],
    ),
    strategies: both(
      [
        'Follow the individual healthcare plan (a copy is in the class first-aid bag).',
        'Let them have a rest break when tired.',
        'Let them have a snack and a drink when needed.',
        'Send home the work they miss.',
        'Let them go to the toilet without asking in front of everyone.',
      ],
      [
        'Follow the individual healthcare plan, including its emergency steps.',
        'Let them use the medical pass to leave a lesson when needed.',
        'Put lesson resources online so they can catch up.',
        'Allow rest breaks when tired.',
        'Be flexible with homework deadlines after appointments.',
      ],
    ),
    provisionNotes: both(
      ['Individual healthcare plan reviewed with the school nurse each term; work packs sent home for absences.'],
      ['Individual healthcare plan reviewed with the school nurse each term; weekly catch-up with the key adult.'],
    ),
    pupilViews: both(
      ['I feel tired in the afternoon. I like it when I can have a rest and then join in again.'],
      ["Missing lessons for appointments means I'm always behind. The online resources help."],
    ),
    parentViews: both(
      ['Hospital appointments mean time off. We want to know what they have missed so we can help at home.'],
      ["We'd like one person to contact about catching up after absences."],
    ),
    comments: both(
      ['Two days absent this fortnight; caught up on maths with the work pack.'],
      ['Used the medical pass twice and came straight back. Catching up well after appointments.'],
    ),
  },

  general: {
    tracks: both<Track>(
      [
        [
          ['Read a book at their level with 95% accuracy and talk about what happened.', 'Guided reading record, fortnightly'],
          ['Read a book at the next level with 95% accuracy.', 'Guided reading record, fortnightly'],
        ],
        [
          ['Start a task within 2 minutes of the instruction, with a check-in, in 4 of 5 lessons.', "Class teacher's weekly tally"],
          ['Complete the main task in English and maths with one check-in, in 4 of 5 lessons.', "Class teacher's weekly tally"],
        ],
      ],
      [
        [
          ['Use a checklist to complete longer tasks in English and science, in 4 of 5 lessons.', 'Learning support observations, fortnightly'],
          ['Record homework in the planner and hand in 80% of it on time.', 'Homework records, checked fortnightly'],
        ],
        [
          ['Raise the reading age by 6 months.', 'Standardised reading test at the start and end of the cycle'],
        ],
      ],
    ),
    strategies: both(
      [
        'Check in once the class has started working.',
        'Break work into smaller chunks.',
        'Give a checklist of what to do.',
        'Sit them near the front, away from distractions.',
        'Praise effort as well as results.',
      ],
      [
        'Check in quietly once the task has started.',
        'Give a checklist for longer tasks.',
        'Help them write homework in the planner.',
        'Seat them away from distractions.',
        'Give a short break between tasks if they lose focus.',
      ],
    ),
    provisionNotes: both(
      ['Specialist assessment requested from the local authority support service; checklist on the desk meanwhile.'],
      ['Specialist assessment requested; learning support check-in once a week meanwhile.'],
    ),
    pupilViews: both(
      ['I like it when the teacher checks I know what to do. I like PE and art.'],
      ["I'm OK in most lessons. I lose track in long tasks."],
    ),
    parentViews: both(
      ['We would like to understand what is making learning hard, and how to help at home.'],
      ["We'd like to know what the assessment finds and what we can do at home."],
    ),
    comments: both(
      ['Starting tasks more quickly when I check in early.'],
      ['Checklist is helping in longer tasks; homework mostly in on time.'],
    ),
  },
};

/** What the pupil said at a review, by how the cycle went. */
// prettier-ignore
export const REVIEW_PUPIL_VIEWS: Record<Band, Record<'good' | 'mixed' | 'hard', readonly string[]>> = {
  primary: {
    good: [
      'I am better at it now. I like my group with the TA. I want to keep going.',
      'I did it! I feel happy when I get my sticker. It is easier now.',
      'I like my new target. The timer helps me.',
    ],
    mixed: [
      'Some things are easier now. I still find it tricky when it is noisy.',
      'I am getting better but sometimes I forget. I like it when the teacher helps me.',
    ],
    hard: [
      'It is still hard. I do not like it when I get it wrong.',
      'I find it tricky. I want my TA to help me more.',
    ],
  },
  secondary: {
    good: [
      "Things are going better this term. The group has helped and I'd like to keep it.",
      "I'm more confident now. I know what to do when it gets hard.",
      "Better than last time. I want the next targets to be harder.",
    ],
    mixed: [
      "Some lessons are better. Others are still hard, mainly when there's cover.",
      "I've improved in some things. I still struggle when I'm tired.",
    ],
    hard: [
      "It's been a hard term. I don't think the targets were the right ones.",
      "Not much has changed. I'd like to try something different.",
    ],
  },
};

/** What the parents said at a review, by how the cycle went. */
// prettier-ignore
export const REVIEW_PARENT_VIEWS: Record<Band, Record<'good' | 'mixed' | 'hard', readonly string[]>> = {
  primary: {
    good: [
      'We have seen a real difference at home. Thank you for the ideas; we are practising every evening.',
      'Much happier coming to school this term. We are pleased with the progress.',
    ],
    mixed: [
      'Some progress, and happier in the mornings. We are still worried about how they manage in class.',
      'Good to see progress on some targets. We would like more ideas for home.',
    ],
    hard: [
      'It has been a hard term at home as well. We would like to talk about more support.',
      'We are worried progress is slow. We would like to know about outside advice.',
    ],
  },
  secondary: {
    good: [
      "A much better term. They're talking about school more at home.",
      "We've noticed more confidence. Happy with the plan going forward.",
    ],
    mixed: [
      "Better in some subjects. We'd still like more communication about homework.",
      "Some good weeks and some hard ones. We'd like to keep the key adult.",
    ],
    hard: [
      "We're worried: attendance has dropped and they're unhappy. We'd like a referral for outside support.",
      "Not much change this term. We'd like to discuss an EHC needs assessment.",
    ],
  },
};

/** A note on each outcome at a review, by its rating. */
// prettier-ignore
export const RATING_NOTES: Record<'not-met' | 'partly-met' | 'met' | 'exceeded', readonly string[]> = {
  'not-met': [
    'Not yet: still needs an adult prompt nearly every time. Keep the target and change the approach.',
    'Not met: managed it about 1 time in 5 by the end of the cycle. Carry forward with more modelling.',
    'Not met. Absence and a change of TA interrupted the work; carry forward.',
  ],
  'partly-met': [
    'Partly met: about half the time by the end of the cycle. Carry forward to secure it.',
    'Good progress but not yet consistent (3 times out of 5). Carry forward.',
    'Partly met: secure with the TA, not yet in class. Carry forward.',
  ],
  met: [
    'Met: consistent in the last three weekly checks.',
    'Met: 4 out of 5 in the tally since half-term.',
    'Met, and seen in other lessons too.',
  ],
  exceeded: [
    'Exceeded: secure by half-term and kept up since. Ready for the next step.',
    'Exceeded: now doing this without prompts in every lesson.',
  ],
};

/** Who else comes to reviews, now and then. */
export const VISITING_PROFESSIONALS: Partial<Record<PlanProfile, string>> = {
  slcn: 'Speech and language therapist',
  autism: 'Specialist teacher (autism outreach)',
  semh: 'Mental health support team practitioner',
  dyslexia: 'Specialist teacher (literacy)',
  learning: 'Educational psychologist',
  complex: 'Occupational therapist',
  hearing: 'Teacher of the deaf',
  vision: 'Qualified teacher of vision impairment',
  physical: 'Physiotherapist',
  medical: 'School nurse',
  general: 'Educational psychologist',
};
