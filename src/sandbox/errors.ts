/** An error the sandbox reports the way AppSync does: `errorType` beside the message. */
export class SandboxError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(kind: string, id: string): SandboxError {
  return new SandboxError('MoveNotFoundError', `${kind} ${id} not found`);
}

export function badInput(message: string): SandboxError {
  return new SandboxError('BadRequestException', message);
}
