// The one error type fetching throws: says what went wrong with which URL, so the batch can report it and go on.
export class FetchFailure extends Error {
  constructor(message: string, readonly url: string) {
    super(message);
    this.name = "FetchFailure";
  }
}
