import { createApp } from 'vue'
import { chooseHomeLanguage } from '../composables/language'
import { registerOffline } from '../composables/offline'
import { catalogues } from '../i18n'
import CourseHome from './CourseHome.vue'
import '../styles/index.css'
import './home.css'

// Before the app is created: its components read their strings from <html lang>.
chooseHomeLanguage(Object.keys(catalogues), (lang) => {
  const c = catalogues[lang]!
  return c.home.title
})
createApp(CourseHome).mount('#app')
registerOffline('./')
