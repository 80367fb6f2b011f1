/**
 * How well a fact was checked, as tagged in the clinical reference:
 * V/R = read in the named source; K/S/M = from memory or a secondary summary and to be checked.
 */
export type Verification = 'V' | 'R' | 'K' | 'S' | 'M';

/**
 * The source a rule follows, shown beside every result so the clinician sees where it comes from.
 *
 * @example { cite: 'Brooks 2000', year: 2000, detail: 'revised El Escorial, clinically probable' }
 */
export interface Source {
  /** Short citation, author and year: 'Brooks 2000', 'AAN 2009a', 'Qalsody US label'. */
  cite: string;
  year: number;
  /** The clause, table or section followed. */
  detail?: string;
  /** Guideline strength or evidence level where the source grades it ('Level A', 'GRADE strong'). */
  level?: string;
  verification?: Verification;
  doi?: string;
  url?: string;
}
