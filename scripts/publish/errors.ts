/** A refusal or failure of publish, with a message that says what to do. */
export class PublishError extends Error {}
