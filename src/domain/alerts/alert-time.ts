/**
 * The time an alert is about: the monitoring's own `at` when it gave one, else when the app
 * received the dispatch (`repository_dispatch` carries no time of its own). A time after the
 * receipt is a clock running fast on the monitoring's side: the receipt is used instead.
 */
export function alertTime(reported: string | undefined, receivedAt: Date): Date {
  if (reported === undefined) return receivedAt;
  const at = new Date(reported);
  return at.getTime() > receivedAt.getTime() ? receivedAt : at;
}
