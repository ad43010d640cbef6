// One request id per intent ("take a number for this procedure, with this priority"): the same
// id is sent again on a retry or a second tap, so the hub never issues two tickets for one tap.
// A new id only after the intent succeeded or the citizen changed it.

/** 32 letters and digits: within the API's 8–64 [A-Za-z0-9_-]. */
export function newRequestId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export class RequestIds {
  private intent: string | null = null;
  private id: string | null = null;

  constructor(private readonly generate: () => string = newRequestId) {}

  /** The id for this intent: the pending one if it is the same intent, a fresh one otherwise. */
  for(intent: string): string {
    if (this.intent !== intent || this.id === null) {
      this.intent = intent;
      this.id = this.generate();
    }
    return this.id;
  }

  /** The intent was fulfilled (a ticket came back): the next tap is a new request. */
  settle(): void {
    this.intent = null;
    this.id = null;
  }
}
