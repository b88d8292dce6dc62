import type { SimStore } from "../store/sim-store.js";
import type { AccountType, UserRecord } from "../store/records.js";

const PREFIX: Record<AccountType, string> = { User: "U", Organization: "O", Bot: "BOT" };

/** Adds a user, organization or bot account (or returns the existing one). */
export function addAccount(store: SimStore, login: string, type: AccountType): UserRecord {
  const existing = store.user(login);
  if (existing) return existing;
  const id = store.nextId();
  const user = store.register<UserRecord>({
    kind: "user",
    id,
    nodeId: store.nodeIdFor(PREFIX[type], id),
    login,
    type,
    name: null,
  });
  store.users.set(login.toLowerCase(), user);
  return user;
}
