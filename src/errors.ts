// Expected failures. They reach clients as typed data (`... on Error { message }`, errors plugin);
// anything else thrown is unexpected and masked by yoga.

export class DomainError extends Error {
  override name = "DomainError";
}

/** The input is malformed: nothing was written. `field` names the input field at fault. */
export class ValidationError extends DomainError {
  override name = "ValidationError";
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The object does not exist, or the viewer may not see it: the two are indistinguishable on purpose. */
export class NotFoundError extends DomainError {
  override name = "NotFoundError";
}

/** The viewer may see the object but not change it. */
export class ForbiddenError extends DomainError {
  override name = "ForbiddenError";
}

/** The call needs an API key. */
export class AuthenticationRequiredError extends DomainError {
  override name = "AuthenticationRequiredError";
  constructor(message = "This operation needs an API key (header x-apikey or Authorization: Bearer).") {
    super(message);
  }
}

/** The call is larger than the configured caps allow; nothing was written. */
export class LimitExceededError extends DomainError {
  override name = "LimitExceededError";
  constructor(
    message: string,
    readonly limit: number,
  ) {
    super(message);
  }
}

/**
 * The client spent its rate-limit budget for this minute (VirusTotal's QuotaExceededError): nothing ran.
 * Retry after `retryAfterSeconds`, when the window resets.
 */
export class RateLimitedError extends DomainError {
  override name = "RateLimitedError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    readonly limit: number,
  ) {
    super(message);
  }
}
