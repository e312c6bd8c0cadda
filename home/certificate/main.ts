import { createApp } from 'vue'
import { chooseHomeLanguage } from '../../composables/language'
import { registerOffline } from '../../composables/offline'
import { catalogues } from '../../i18n'
import Certificate from '../Certificate.vue'
import '../../styles/index.css'
import '../home.css'
import './certificate.css'

// Before the app is created: its components read their strings from <html lang>.
chooseHomeLanguage(Object.keys(catalogues), (lang) => {
  const c = catalogues[lang]!
  return c.certificate.documentTitle
})
createApp(Certificate).mount('#app')
registerOffline('../')
