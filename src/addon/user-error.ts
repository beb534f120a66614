/** An error whose message is meant for the user, in Vietnamese, and is shown as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
