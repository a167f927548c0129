/** A failure the user can act on: shown as a message, without a stack trace in the log. */
export class UserError extends Error {}
