import { createApp } from 'vue'
import CourseHome from './CourseHome.vue'
import { registerOffline } from '../composables/offline'
import '../styles/index.css'
import './home.css'

createApp(CourseHome).mount('#app')
registerOffline('./')
