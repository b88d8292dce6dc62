/**
 * Whether an `issue_comment` event is not a command to act on: only newly created comments by
 * people count. Editing a comment must not deploy a second time, and a bot's comment (ours
 * included: a reply may quote a command) must never drive a rollout.
 */
export function shouldIgnoreComment(event: {
  action: string;
  senderType: string | null | undefined;
  userType: string | null | undefined;
}): boolean {
  return event.action !== "created" || event.senderType === "Bot" || event.userType === "Bot";
}
