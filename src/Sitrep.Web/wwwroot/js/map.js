// The map: a Natural Earth basemap (world-atlas), events clustered and coloured by PLOVER type, approximate places as circles.
import { typeClass } from './dom.js';

export function createMap(container, onSelect) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Basemap: Natural Earth (world-atlas) · Leaflet');
  const basemap = fetch('/vendor/world-atlas/countries-50m.json')
    .then(r => r.json())
    .then(topo => L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: { className: 'country', weight: 0.6, fillOpacity: 1 }, interactive: false,
    }).addTo(map).bringToBack());

  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon });
  const areas = L.layerGroup();
  areas.addTo(map);
  clusters.addTo(map);
  const markers = new Map();
  let selected = null;

  function clusterIcon(cluster) {
    const counts = {};
    for (const m of cluster.getAllChildMarkers()) counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
    const major = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const inner = document.createElement('div');
    inner.textContent = String(cluster.getChildCount());
    return L.divIcon({ html: inner, className: 'cluster ' + typeClass(major), iconSize: L.point(36, 36) });
  }

  function label(p) {
    return `${p.type} · ${p.place}${p.date ? ' · ' + p.date : ''}${p.approximate ? ' (approximate)' : ''}`;
  }

  /** Replaces the events shown with a GeoJSON FeatureCollection from /api/events?format=geojson. */
  function show(collection, fit) {
    clusters.clearLayers();
    areas.clearLayers();
    markers.clear();
    const layers = [];
    for (const f of collection.features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const cls = typeClass(p.type);
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ className: `ev-marker ${cls}${p.approximate ? ' approx' : ''}`, iconSize: [14, 14] }),
        title: label(p), alt: label(p), eventType: p.type, keyboard: true,
      });
      marker.on('click', () => onSelect(p.id));
      markers.set(p.id, marker);
      layers.push(marker);
      if (p.approximate && p.radius_km > 0) {
        const area = L.circle([lat, lon], { radius: p.radius_km * 1000, className: `area ${cls}`, weight: 1 });
        area.on('click', () => onSelect(p.id));
        areas.addLayer(area);
      }
    }
    clusters.addLayers(layers);
    if (fit && layers.length) map.fitBounds(clusters.getBounds().pad(0.3), { maxZoom: 6 });
    return layers.length;
  }

  /** Marks the event's marker, or the cluster holding it, without zooming away from the analyst's view. */
  function select(id) {
    selected?.classList.remove('selected');
    selected = null;
    const marker = markers.get(id);
    if (!marker) return;
    map.panTo(marker.getLatLng(), { animate: false });
    selected = (clusters.getVisibleParent(marker) || marker).getElement?.() || null;
    selected?.classList.add('selected');
  }

  return { show, select, ready: basemap, invalidate: () => map.invalidateSize() };
}
