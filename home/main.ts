import { createApp } from 'vue'
import { registerOffline } from '../composables/offline'
import CourseHome from './CourseHome.vue'
import '../styles/index.css'
import './home.css'

createApp(CourseHome).mount('#app')
registerOffline('./')
