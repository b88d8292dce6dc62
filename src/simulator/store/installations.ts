/**
 * Where the app is installed, per account: an account either has its own installation (its
 * id), none (`null`: the app is not installed there), or, when never mentioned, shares the
 * simulator's default installation — so one-organization tests need no setup. A token is
 * minted for one installation and reaches the Projects of its account only, as on GitHub.
 */
export class Installations {
  private readonly own = new Map<string, number | null>();

  /** The simulator's default installation (`SimulatorOptions.installationId`). */
  defaultId = 1;

  /** The account's installation id, or null when the app is not installed there. */
  of(account: string): number | null {
    const key = account.toLowerCase();
    return this.own.has(key) ? (this.own.get(key) ?? null) : this.defaultId;
  }

  /** Gives the account an installation of its own. */
  add(account: string, id: number): void {
    this.own.set(account.toLowerCase(), id);
  }

  /** The app is not installed on the account (GET /orgs/{org}/installation answers 404). */
  remove(account: string): void {
    this.own.set(account.toLowerCase(), null);
  }

  /** Whether an installation id exists: the default one or an account's own. */
  exists(id: number): boolean {
    return id === this.defaultId || [...this.own.values()].includes(id);
  }

  /** The account of an installation of its own; undefined for the default one. */
  accountOf(id: number): string | undefined {
    for (const [account, own] of this.own) if (own === id) return account;
    return undefined;
  }
}
