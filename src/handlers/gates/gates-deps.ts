/** What the gates handlers share across events: the app's id, asked of GitHub once. */
export interface GatesDeps {
  /** Only the check runs this app wrote count as gates, and only they are updated. */
  appId: () => Promise<number>;
}
