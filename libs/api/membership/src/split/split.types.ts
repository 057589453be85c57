// The contract between the cost-pool service and the split arithmetic.
// Amounts are integer minor units (cents) of one currency; never floats.

export interface SplitParticipant {
  /** a stable key (the organization id); remainder cents are assigned by it */
  id: string;
  /** the tier's cost-sharing weight, > 0 */
  weight: number;
  /** no share above this many minor units (the tier's capAmount), if any */
  capAmount?: number | null;
  /** no share above this percentage (0..100) of the pool total, if any */
  capPercent?: number | null;
}

export interface SplitShare {
  id: string;
  amount: number;
  /** true when the cap limited this share */
  capped: boolean;
}

export interface SplitResult {
  shares: SplitShare[];
  /** what the caps leave unpaid: total - sum(shares); 0 when the total is covered */
  uncovered: number;
}
