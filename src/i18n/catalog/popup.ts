/** Strings of the toolbar popup. */
export default {} as const;
