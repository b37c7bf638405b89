/**
 * Paths skipped unless `--no-default-excludes` is given. Each entry is argued in
 * docs/configuration.md ("Default excludes"). Deliberately NOT here:
 * - lockfiles (`package-lock.json`, `yarn.lock`, `pnpm-lock.yaml`, `go.sum`, …): their
 *   integrity hashes match no rule, but their `resolved` URLs can carry a registry token
 *   or `user:password@`, and nobody reads them in review;
 * - `dist/`, `build/`, `out/`: a key inlined by the bundler (`import.meta.env.VITE_…`,
 *   `DefinePlugin`) exists only in the built file, and a committed bundle is published.
 */
/** Libraries whose minified builds (`jquery-3.7.1.min.js`, `bootstrap.bundle.min.js`) are skipped. */
const THIRD_PARTY_LIBRARIES = [
  'jquery', 'jquery-ui', 'bootstrap', 'popper', 'react', 'react-dom', 'vue', 'angular', 'lodash', 'underscore',
  'moment', 'd3', 'three', 'chart', 'highlight', 'prism', 'font-awesome', 'fontawesome', 'all', 'swiper', 'select2',
  'datatables', 'jquery.dataTables', 'leaflet', 'mapbox-gl', 'pdf', 'pdf.worker', 'tinymce', 'ckeditor', 'ace',
  'codemirror', 'plotly', 'echarts', 'alpine', 'htmx', 'axios', 'socket.io', 'sweetalert2', 'toastr', 'slick',
  'owl.carousel', 'modernizr', 'require', 'backbone', 'knockout', 'handlebars', 'mustache', 'ember', 'polyfill',
  'polyfills', 'core-js', 'zone', 'tailwind', 'bulma', 'foundation', 'materialize', 'semantic', 'uikit',
  'swagger-ui', 'swagger-ui-bundle', 'swagger-ui-standalone-preset', 'redoc', 'mermaid', 'katex', 'mathjax',
  'video', 'hls', 'dash', 'flatpickr', 'dropzone', 'quill', 'marked', 'dompurify', 'purify', 'crypto-js', 'jszip',
  'xlsx', 'fabric', 'konva', 'phaser', 'pixi', 'babylon', 'gsap', 'anime', 'aos', 'lottie', 'sortable', 'dayjs',
  'luxon', 'numeral', 'chartjs-plugin-datalabels', 'vendor', 'vendors',
];

export const DEFAULT_EXCLUDES: readonly string[] = Object.freeze([
  // Version-control internals: object files are compressed; history has its own scan mode.
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  // Installed third-party packages: not the repository's code, and full of SDK samples.
  '**/node_modules/**',
  '**/bower_components/**',
  '**/vendor/**',
  '**/.venv/**',
  '**/site-packages/**',
  // Minified copies of named third-party libraries, and source maps (maps repeat the sources
  // they map). The application's own bundles are scanned: a key the bundler inlined is a leak.
  `**/{${THIRD_PARTY_LIBRARIES.join(',')}}{,-*,.*}.min.{js,css}`,
  '**/*.map',
  // Binary formats by extension: images, fonts, media, compiled code, and archives keylint
  // does not open (zip, jar, tar and gzip ones are opened and their members scanned).
  '**/*.{png,jpg,jpeg,gif,bmp,ico,webp,tif,tiff,psd,svg}',
  '**/*.{woff,woff2,ttf,otf,eot}',
  '**/*.{mp3,mp4,m4a,ogg,wav,flac,avi,mov,mkv,webm}',
  '**/*.{bz2,xz,zst,7z,rar}',
  '**/*.{exe,dll,so,dylib,o,a,lib,class,pyc,pyo,wasm}',
  '**/*.pdf',
]);
