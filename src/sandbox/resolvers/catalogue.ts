// Fixed lists the sandbox serves in place of the API's catalogues. The names are examples in the
// API's style, not a copy of its real catalogue.

const RIGS = ['move_mo', 'move_one', 'move_multicam'];

const LENSES = ['iphone-wide', 'iphone-ultrawide', 'gopro-hero10-linear', 'gopro-hero10-wide', 'gopro-hero12-linear', 'sony-a7-24mm'];

export function catalogueResolvers() {
  return {
    listRigs: () => ({ first: RIGS.length, after: null, items: RIGS.map((name) => ({ name })) }),
    listCameraSettings: () => ({ first: LENSES.length, after: null, items: LENSES.map((lens) => ({ lens })) }),
  };
}
