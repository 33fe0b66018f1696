/** Strings of the guide (options) page. */
export default {} as const;
