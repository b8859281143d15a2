// The site's only script, one small module on every page; reading never needs it.
import './fragments';
import './search';
import './copy-link';
