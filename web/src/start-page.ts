/** Where a person lands once signed in: their own work, where the desk has a screen for it yet. */
export function startPage(role: string): string {
  return role === 'APPLICANT' ? '/my/cases' : '/';
}
