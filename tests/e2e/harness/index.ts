export * from './paths';
export * from './poll';
export * from './browsers';
export * from './banner';
export * from './axe';
export * from './debug';
export * from './worlds';
export * from './pages';
