/** Small tables the browser tests import, in the layouts analysts bring. */

/** A flowmap.blue pair: flows between location ids, with no status and no source. */
export const FLOWS = { name: 'flows.csv', text: 'origin,dest,count\n334,335,12\n335,ABJ,4\n' };
/** Its locations: two places called Adiaké, at different points. */
export const FLOW_LOCATIONS = {
  name: 'locations.csv',
  text: 'id,name,lat,lon\n334,Adiaké,5.2857,-3.3039\n335,Adiaké,5.3200,-3.2800\nABJ,Abidjan,5.3364,-4.0267\n',
};
