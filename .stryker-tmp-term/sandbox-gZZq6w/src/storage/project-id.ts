/** A fresh, collision-free project id (crypto is in every browser and in Node ≥ 19). */
// @ts-nocheck

export function newProjectId(): string {
  return crypto.randomUUID();
}
