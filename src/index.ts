import type { Probot } from "probot";

/** The mlops-bot app: registers a handler per webhook event. */
export default (app: Probot): void => {
  app.log.info("mlops-bot loaded");
};
