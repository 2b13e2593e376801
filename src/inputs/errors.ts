/** A bad input: the message is one line naming the input, its value and what is accepted. */
export class InputError extends Error {}
