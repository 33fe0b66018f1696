/** Account help, pure parts: name → username/address candidates, NUMEN shape, first-login reminder. */
export * from './names';
export * from './numen';
export * from './reminder';
