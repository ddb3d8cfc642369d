import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { GisFormat } from '@tidewatch/contracts';
import { ServiceError } from '../errors.ts';

function refuseContent(reason: string): ServiceError {
  return new ServiceError('validation_failed', `invalid content: ${reason}`, [{ path: 'content', message: reason }]);
}

/**
 * An uploaded area file as a GeoJSON value. KML is read by togeojson on xmldom, which expands no DTD
 * entities (no entity bombs, no external files): each placemark becomes a feature in document order, so a
 * refused feature's index is its placemark's place in the file.
 */
export function readAreaFile(format: GisFormat, content: string): unknown {
  if (format === 'geojson') {
    try {
      return JSON.parse(content) as unknown;
    } catch (err) {
      throw refuseContent(`not valid JSON: ${err instanceof Error ? err.message : 'unparseable'}`);
    }
  }
  const problems: string[] = [];
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(content, 'text/xml');
  } catch (err) {
    throw refuseContent(`not well-formed XML: ${err instanceof Error ? err.message : 'unparseable'}`);
  }
  const [first] = problems;
  if (first !== undefined) throw refuseContent(`not well-formed XML: ${first}`);
  if (doc.documentElement?.localName !== 'kml') throw refuseContent('not a KML document (no <kml> root element)');
  return kml(doc);
}
