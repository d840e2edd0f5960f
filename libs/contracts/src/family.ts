// Types for this capability are added by its helper.
export {};
