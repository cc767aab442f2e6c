// Notes in Latin-1: café
export const note = "café";
