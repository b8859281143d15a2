// The words without which a query is none of the questions every security policy answers under
// a heading of its own (src/lib/search/topics.ts): a question about versions names a version or
// a release, one about the bounty a bounty or a reward. Small, in the dialog's script: a query
// with one of them fetches the topics' script; any other query never does.
import type { ParsedQuery } from './words';

/** A version number as the query reads it ("v1", "2x" of "2.x", "021" of "0.21"). */
export const versionNumber = /^v?\d/;

/**
 * Each topic's cue words, in the forms that ask it: compared as written, not by stem, since
 * another form may ask something else ("sending it over the network" is no question of how to
 * send a report).
 */
export const topicCues = {
  reporting: 'report reports reporting reported submit send contact email',
  versions:
    'version versions release releases branch branches line lines series channel channels major minor lts eol lifecycle',
  announcements:
    'subscribe subscribed subscription notify notified notification notifications announce announcement announcements ' +
    'alert alerts alerted mailing newsletter feed rss informed told hear',
  bounty:
    'bounty bounties reward rewards paid pay payout money cash compensation hackerone bugcrowd monetary',
  'safe harbor': 'harbor harbour legal sue lawsuit prosecute prosecution liability immunity lawyer lawyers',
  comments: 'policy policies document documents rules text process page',
} as const;

export type TopicName = keyof typeof topicCues;

/** A topic's cue words. */
export const cuesOf = (topic: TopicName) => new Set(topicCues[topic].split(' '));

const anyCue = new Set(Object.values(topicCues).flatMap((words) => words.split(' ')));

/** Whether a word typed (or its correction) may make the query one of the topics' questions. */
export const mayAskTopic = (query: ParsedQuery) =>
  [...query.tokens, ...query.words.filter((word) => !word.standIn).map((word) => word.word)].some(
    (word) => versionNumber.test(word) || anyCue.has(word),
  );
