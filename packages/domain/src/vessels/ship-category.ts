import type { VesselCategory } from '@tidewatch/contracts';

/**
 * Map symbol class from the AIS ship type (ITU-R M.1371 table 53). Law enforcement (55) and SAR (51) keep their
 * own class because an operations centre wants its own assets told apart from everyone else at a glance.
 */
export function categoryOfShipType(shipType: number | null): VesselCategory {
  if (shipType === null) return 'other';
  if (shipType === 30) return 'fishing';
  if (shipType === 36 || shipType === 37) return 'pleasure';
  if (shipType >= 40 && shipType <= 49) return 'high_speed';
  if (shipType === 55 || shipType === 51 || shipType === 35) return 'law_enforcement';
  if (
    shipType === 31 ||
    shipType === 32 ||
    shipType === 33 ||
    shipType === 50 ||
    shipType === 52 ||
    shipType === 53 ||
    shipType === 54
  ) {
    return 'tug_service';
  }
  if (shipType >= 60 && shipType <= 69) return 'passenger';
  if (shipType >= 70 && shipType <= 79) return 'cargo';
  if (shipType >= 80 && shipType <= 89) return 'tanker';
  return 'other';
}
